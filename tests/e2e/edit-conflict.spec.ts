import { expect, test, type Browser } from "@playwright/test";
import { signIn } from "./signing-in";

/** A draft of its own (readers' pages and other tests never see it), open for editing in two tabs from the same version. */
async function twoTabs(browser: Browser, title: string) {
  const tabA = await browser.newPage();
  const tabB = await browser.newPage();
  await signIn(tabB, "editor", "/account");
  const source = (await (await tabB.request.get("/api/editor/find/sources?q=a")).json()).data[0];
  const created = await tabB.request.post("/api/editor/entry.create", {
    headers: { origin: new URL(tabB.url()).origin },
    data: {
      kind: "event", title, summary: "An official visit.", date: { start: "2025-01", end: null },
      sectors: ["diplomacy"], places: ["Moscow"], actors: [], citations: [{ sourceId: source.id, quote: null, credibility: null }],
      agreement: null, statement: null,
    },
  });
  expect(created.status()).toBe(200);
  const { slug } = (await created.json()).data;
  await tabB.goto(`/entries/${slug}/edit`);
  await signIn(tabA, "editor2", `/entries/${slug}/edit`);
  return { tabA, tabB };
}

test("two tabs changing different fields: both changes are kept and the page says it merged", async ({ browser }) => {
  const title = `Pezeshkian visits Moscow (${test.info().project.name} merge)`;
  const { tabA, tabB } = await twoTabs(browser, title);
  await expect(tabB.getByTestId("entry-version")).toHaveText("version 1");

  // Tab A changes the summary and saves.
  const theirSummary = "A state visit; the two presidents signed a partnership treaty.";
  await tabA.getByLabel("Summary", { exact: true }).fill(theirSummary);
  await tabA.getByLabel("Why this change").fill("Summary from the readout");
  await tabA.getByRole("button", { name: "Save changes" }).click();
  await expect(tabA.getByText("Saved as version 2.")).toBeVisible();

  // Tab B, still on version 1, changes only the title and saves.
  const myTitle = `${title}, talks on gas`;
  await tabB.getByLabel("Title", { exact: true }).fill(myTitle);
  await tabB.getByLabel("Why this change").fill("Clearer title");
  await tabB.getByRole("button", { name: "Save changes" }).click();
  await expect(tabB.getByText("Saved as version 3, merged with the changes saved meanwhile: Summary.")).toBeVisible();
  await expect(tabB.getByTestId("entry-version")).toHaveText("version 3");
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue(myTitle);
  await expect(tabB.getByLabel("Summary", { exact: true })).toHaveValue(theirSummary);

  // History: the late save changed the title only; A's summary was not "removed".
  await tabB.getByRole("link", { name: "History" }).click();
  const latest = tabB.getByTestId("revision").nth(0);
  await expect(latest).toContainText("edited by Ed Editor");
  await expect(latest).toContainText("Title");
  await expect(latest).not.toContainText("Summary");
});

test("a field changed in both tabs is shown side by side, nothing is saved until one is chosen, then Save saves", async ({ browser }) => {
  const title = `Araghchi visits Moscow (${test.info().project.name} conflict)`;
  const { tabA, tabB } = await twoTabs(browser, title);

  const theirTitle = `${title}: talks with Lavrov`;
  await tabA.getByLabel("Title", { exact: true }).fill(theirTitle);
  await tabA.getByLabel("Places", { exact: true }).fill("Moscow, Kazan");
  await tabA.getByLabel("Why this change").fill("Their title");
  await tabA.getByRole("button", { name: "Save changes" }).click();
  await expect(tabA.getByText("Saved as version 2.")).toBeVisible();

  const myTitle = `${title}: a working visit`;
  const mySummary = "Summary rewritten from the ministry's readout.";
  await tabB.getByLabel("Title", { exact: true }).fill(myTitle);
  await tabB.getByLabel("Summary", { exact: true }).fill(mySummary);
  await tabB.getByLabel("Why this change").fill("My title and summary");
  await tabB.getByRole("button", { name: "Save changes" }).click();

  const panel = tabB.getByRole("alert").filter({ hasText: "Someone else saved this entry first" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Eve Editor changed this entry while you were editing");
  await expect(panel.getByTestId("merged-meanwhile")).toContainText("Places");
  const row = panel.getByTestId("conflict-title");
  await expect(row.getByTestId("conflict-mine")).toHaveText(myTitle);
  await expect(row.getByTestId("conflict-now")).toHaveText(theirTitle);
  await expect(panel.getByTestId("conflict-summary")).toHaveCount(0);
  // The form moved on to version 2: their places are in, my summary and title are kept.
  await expect(tabB.getByTestId("entry-version")).toHaveText("version 2");
  await expect(tabB.getByLabel("Places", { exact: true })).toHaveValue("Moscow, Kazan");
  await expect(tabB.getByLabel("Summary", { exact: true })).toHaveValue(mySummary);
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue(myTitle);

  // Saving before choosing saves nothing.
  await tabB.getByRole("button", { name: "Save changes" }).click();
  await expect(tabB.getByRole("form", { name: "Edit entry" }).getByRole("status")).toContainText("choose yours or theirs for title first");
  await expect(tabB.getByTestId("entry-version")).toHaveText("version 2");

  await row.getByRole("button", { name: "Take their title" }).click();
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue(theirTitle);
  await expect(row).toContainText("taking theirs");
  await row.getByRole("button", { name: "Keep my title" }).click();
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue(myTitle);
  await expect(panel).toBeVisible();

  await tabB.getByRole("button", { name: "Save changes" }).click();
  await expect(tabB.getByText("Saved as version 3, merged with the changes saved meanwhile: Places.")).toBeVisible();
  await expect(tabB.getByTestId("entry-version")).toHaveText("version 3");
  await expect(tabB.getByLabel("Title", { exact: true })).toHaveValue(myTitle);
  await expect(tabB.getByLabel("Summary", { exact: true })).toHaveValue(mySummary);
  await expect(tabB.getByLabel("Places", { exact: true })).toHaveValue("Moscow, Kazan");
});
