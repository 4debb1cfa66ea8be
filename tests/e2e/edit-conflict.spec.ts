import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

test("a stale save is refused; the form keeps what was typed, shows what changed, and saves after merging", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  // A draft of its own, so that readers' pages and other tests never see it.
  await signIn(first, "editor", "/account");
  const source = (await (await first.request.get("/api/editor/find/sources?q=a")).json()).data[0];
  const created = await first.request.post("/api/editor/entry.create", {
    headers: { origin: new URL(first.url()).origin },
    data: {
      kind: "event", title: "Pezeshkian visits Moscow", summary: "An official visit.", date: { start: "2025-01", end: null },
      sectors: ["diplomacy"], places: ["Moscow"], actors: [], citations: [{ sourceId: source.id, quote: null, credibility: null }],
      agreement: null, statement: null,
    },
  });
  expect(created.status()).toBe(200);
  const { slug } = (await created.json()).data;
  await first.goto(`/entries/${slug}/edit`);
  await signIn(second, "editor2", `/entries/${slug}/edit`);

  // The second editor saves first.
  const theirTitle = `Pezeshkian visits Moscow (${test.info().project.name} check)`;
  await second.getByLabel("Title", { exact: true }).fill(theirTitle);
  await second.getByLabel("Why this change").fill("Shorter title");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText(/Saved as version \d+/)).toBeVisible();

  // The first editor, still on the old version, saves a different change.
  const mySummary = "Summary rewritten by the first editor, from the Kremlin's readout.";
  await first.getByLabel("Summary", { exact: true }).fill(mySummary);
  await first.getByLabel("Why this change").fill("Summary from the readout");
  await first.getByRole("button", { name: "Save changes" }).click();
  const alert = first.getByRole("alert").filter({ hasText: "Someone else saved this entry first" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Eve Editor changed this entry while you were editing");
  await expect(alert.getByTestId("conflict-now")).toContainText(theirTitle);
  await expect(first.getByLabel("Summary", { exact: true })).toHaveValue(mySummary);

  // Merge: take their title, keep my summary, save on top of their version.
  await first.getByLabel("Title", { exact: true }).fill(theirTitle);
  await alert.getByRole("button", { name: /Keep my text and save over version/ }).click();
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByText(/Saved as version \d+/)).toBeVisible();
  await expect(first.getByLabel("Title", { exact: true })).toHaveValue(theirTitle);
  await expect(first.getByLabel("Summary", { exact: true })).toHaveValue(mySummary);

  await first.getByRole("link", { name: "History" }).click();
  const revisions = first.getByTestId("revision");
  await expect(revisions.nth(0)).toContainText("edited by Ed Editor");
  await expect(revisions.nth(0)).toContainText("Summary from the readout");
  await expect(revisions.nth(1)).toContainText("edited by Eve Editor");
});
