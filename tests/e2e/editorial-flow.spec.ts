import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

test("an analyst logs a new event from an article and submits it, an editor publishes it, a reader finds it", async ({ page }) => {
  const title = "Iran and Russia open a direct air cargo route between Tehran and Kazan";
  await signIn(page, "analyst", "/entries/new");
  await expect(page.getByRole("heading", { name: "Log a new entry" })).toBeVisible();

  // The duplicate guard speaks up before anything is saved.
  await page.getByLabel("Title", { exact: true }).fill("Tsivilev visits Tehran for energy talks");
  await expect(page.getByRole("heading", { name: /Already in the record\?/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Tsivil/ }).first()).toBeVisible();

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Summary", { exact: true }).fill(
    'A weekly cargo flight links Tehran and Kazan, carrying <b>machine parts</b> and food.<img src="x" onerror="window.__ran = 1">',
  );
  await page.getByLabel("Known to the").selectOption("day");
  await page.getByLabel("Day", { exact: true }).fill("2026-03-05");
  await page.getByRole("checkbox", { name: "transport" }).check();
  await page.getByRole("checkbox", { name: "trade" }).check();
  await page.getByLabel("Places").fill("Tehran, Kazan");

  // An actor found by a spelling the record has never seen.
  await page.getByLabel("Add an actor (any spelling)").fill("Pezeshkyan");
  await page.getByRole("option", { name: /Masoud Pezeshkian/ }).click();
  await expect(page.getByLabel("Role of Masoud Pezeshkian")).toHaveValue("participant");

  // The article is new to the record: add it as a source without leaving the form.
  await page.getByRole("button", { name: "Not found? Add a new source" }).click();
  await page.getByLabel("Source title").fill("Cargo flights to start between Tehran and Kazan");
  await page.getByLabel("Publisher", { exact: true }).fill("Tehran Times");
  await page.getByLabel("Web address", { exact: true }).fill("https://www.tehrantimes.com/news/cargo-kazan");
  await page.getByLabel("Published (YYYY-MM-DD, YYYY-MM or YYYY)").fill("2026-03-06");
  await page.getByRole("button", { name: "Add source and cite it" }).click();
  await page.getByLabel("Quoted passage that supports the entry").fill("The first cargo flight landed in Kazan on 5 March.");

  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: title })).toBeVisible();
  await expect(preview).toContainText("5 Mar 2026");
  await expect(preview).toContainText("<b>machine parts</b>"); // markup stays text, and never runs
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as a draft.")).toBeVisible();
  await expect(page.getByTestId("entry-state")).toHaveText("draft");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("entry-state")).toHaveText("in review");

  // Not on the record yet.
  await page.context().clearCookies();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);

  await signIn(page, "editor", "/review");
  const queue = page.getByRole("list", { name: "Waiting for review" });
  await queue.getByRole("link", { name: title }).first().click();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByLabel("Note for the history").fill("Checked against the Tehran Times report");
  await page.getByRole("button", { name: "Publish" }).last().click();
  await expect(page.getByTestId("entry-state")).toHaveText("published");

  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("revision").first()).toContainText("published by Ed Editor");
  await expect(page.getByTestId("revision").last()).toContainText("created by Ana Analyst");

  // A reader, signed out, finds it at the top of the record.
  await page.context().clearCookies();
  await page.goto("/");
  const first = page.getByTestId("entry").first();
  await expect(first.getByRole("heading")).toHaveText(title);
  await expect(first.getByTestId("entry-date")).toHaveText("5 Mar 2026");
  await expect(first).toContainText("<b>machine parts</b>");
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  const api = await page.request.get(`/api/v1/entries?q=${encodeURIComponent("cargo Kazan")}`);
  expect((await api.json()).data[0].title).toBe(title);

  // Deleting takes it off the record again (and leaves the record as the other tests expect it).
  await signIn(page, "editor", "/review");
  await page.goto(`/api/v1/entries?q=${encodeURIComponent("cargo Kazan")}`);
  const slug = (JSON.parse((await page.locator("body").textContent()) ?? "{}") as { data: { slug: string }[] }).data[0].slug;

  // An editor's correction after publication shows on the entry page, with its reason.
  await page.goto(`/entries/${slug}/edit`);
  await page.getByLabel("Summary", { exact: true }).fill("A cargo of machine parts reached Kazan by rail, the customs service said.");
  await page.getByLabel("Why this change").fill("Customs gave the route: rail, not road");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Saved as version \d+/)).toBeVisible();
  await page.context().clearCookies();
  await page.goto(`/entries/${slug}`);
  await expect(page.getByTestId("corrections")).toContainText("Customs gave the route: rail, not road");
  await expect(page.getByTestId("corrections")).toContainText("summary");

  await signIn(page, "editor", `/entries/${slug}/edit`);
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByLabel(/Why delete it\?/).fill("Logged by the end-to-end test");
  await page.getByRole("button", { name: "Delete" }).last().click();
  await expect(page.getByTestId("entry-state")).toHaveText("deleted");
  await page.context().clearCookies();
  await page.goto("/");
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
});

test("publishing a draft that is not complete names what is missing, by the form's own words", async ({ page }) => {
  await signIn(page, "editor", "/entries/new");
  await page.getByLabel("Title", { exact: true }).fill("An unfinished note on rail freight through Astara");
  await page.getByLabel("Known to the").selectOption("unknown");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as a draft.")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByLabel("Note for the history").fill("Trying too early");
  await page.getByRole("button", { name: "Publish" }).last().click();
  const status = page.getByText(/Not done, the entry is not complete/);
  await expect(status).toContainText("Sources:");
  await expect(status).not.toContainText("citations:");
  await expect(page.getByTestId("entry-state")).toHaveText("draft");

  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByLabel(/Why delete it\?/).fill("Logged by the end-to-end test");
  await page.getByRole("button", { name: "Delete" }).last().click();
  await expect(page.getByTestId("entry-state")).toHaveText("deleted");
});

test("a date that does not fit its precision is named by that precision's form, and nothing typed is lost", async ({ page }) => {
  await signIn(page, "analyst", "/entries/new");
  const title = page.getByLabel("Title", { exact: true });
  await title.fill("Rail freight through Astara doubles");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#date-start-error")).toHaveText("enter a complete day (YYYY-MM-DD), or choose “unknown”");
  await page.getByLabel("Known to the").selectOption("year");
  await page.getByLabel("Year", { exact: true }).fill("last spring");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#date-start-error")).toHaveText("for a year, use YYYY");
  await expect(title).toHaveValue("Rail freight through Astara doubles");
});

test("signing in with a wrong password says so, next to nothing typed being lost", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("editor@e2e.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toContainText("do not match an account");
  await expect(page.getByLabel("Email")).toHaveValue("editor@e2e.test");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("enter an email address")).toBeVisible();
});
