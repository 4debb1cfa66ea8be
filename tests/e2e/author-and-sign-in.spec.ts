// An author takes back what they submitted, edits it again, and sees it at its own address; and
// signing in brings a user back to the page they were on.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./signing-in";
import { E2E_PASSWORD, E2E_USERS } from "./users";

/** Logs a complete draft through the form, as the signed-in analyst, and returns its edit page's address. */
async function logDraft(page: Page, title: string) {
  await page.goto("/entries/new");
  const form = page.getByRole("form", { name: "New entry" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Summary", { exact: true }).fill("The transport ministers agreed on a timetable for the rail link.");
  await form.getByLabel("Known to the").selectOption("year");
  await form.getByLabel("Year", { exact: true }).fill("2026");
  await form.getByRole("checkbox", { name: "transport" }).check();
  await form.getByRole("combobox", { name: "Add an actor (any spelling)" }).fill("Pezeshkyan");
  await form.getByRole("option", { name: /Masoud Pezeshkian/ }).click();
  await form.getByRole("combobox", { name: "Cite a source (title, publisher or web address)" }).fill("treaty");
  await form.getByRole("listbox", { name: /Cite a source/ }).getByRole("option").first().click();
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as a draft.")).toBeVisible();
  await expect(page.getByTestId("entry-state")).toHaveText("draft");
  return new URL(page.url()).pathname;
}

test("an author withdraws a submission, edits it again, and sees it at its own address", async ({ page }) => {
  // Six pages, four saves and a sign-in (a slow password hash): more than the default 30 seconds on a busy machine.
  test.setTimeout(120_000);
  const suffix = `${test.info().project.name} ${Date.now().toString(36)}`;
  const title = `Rail link timetable agreed (${suffix})`;
  await signIn(page, "analyst", "/entries/new");
  const editPage = await logDraft(page, title);
  expect(editPage).toMatch(/^\/entries\/[^/]+\/edit$/);
  const address = editPage.replace(/\/edit$/, "");

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("entry-state")).toHaveText("in review");
  // Waiting for review: the form is read-only and says how to change it.
  await expect(page.getByText(/waiting for review, so the form is read-only/)).toBeVisible();
  await expect(page.getByRole("form", { name: "Edit entry" }).getByLabel("Title", { exact: true })).not.toBeEditable();

  // Its own author sees it at its address while it waits.
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByTestId("entry-state-banner")).toContainText("waiting for review");

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("button", { name: "Withdraw to edit" }).click();
  await expect(page.getByTestId("entry-state")).toHaveText("draft");
  const titleField = page.getByRole("form", { name: "Edit entry" }).getByLabel("Title", { exact: true });
  await expect(titleField).toBeEditable();
  const corrected = `Rail link timetable agreed in Moscow (${suffix})`;
  await titleField.fill(corrected);
  await page.getByLabel("Why this change").fill("Named the city");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/Saved as version \d+/)).toBeVisible({ timeout: 20_000 });

  // The history tells the story, and the address shows the author the corrected draft.
  await page.goto(`${address}/history`);
  await expect(page.getByTestId("revision").filter({ hasText: "withdrawn by its author" })).toHaveCount(1);
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(corrected);
  await expect(page.getByTestId("entry-state-banner")).toContainText("This is a draft");

  // A reader, signed out, is told there is no such entry.
  await page.context().clearCookies();
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(corrected);
  await expect(page.getByText(/no published entry at this address/)).toBeVisible();
});

test.describe("signing in returns the user to the page they were on", () => {
  test("from the header's Sign in link, with the page's filters", async ({ page }) => {
    await page.goto("/entries?sector=energy");
    const listed = await page.getByTestId("entry").first().getByRole("heading").textContent();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await page.getByLabel("Email").fill(E2E_USERS.editor.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/entries\?sector=energy$/, { timeout: 30_000 });
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: E2E_USERS.editor.name })).toBeVisible();
    await expect(page.getByTestId("entry").first().getByRole("heading")).toHaveText(listed!);
  });

  test("from a page that needs an account", async ({ page }) => {
    await page.goto("/review");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Freview$/);
    await page.getByLabel("Email").fill(E2E_USERS.editor.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/review$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review");
    await expect(page.getByRole("heading", { name: /Waiting for review \(\d+\)/ })).toBeVisible();
  });

  test("never to another site", async ({ page }) => {
    await page.goto(`/sign-in?next=${encodeURIComponent("//evil.example/phish")}`);
    await page.getByLabel("Email").fill(E2E_USERS.analyst.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/account$/, { timeout: 30_000 });
  });
});
