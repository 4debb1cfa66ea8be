import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

test("a statement keeps its speaker, found by a misspelling, and its verbatim quote", async ({ page }) => {
  await signIn(page, "analyst", "/entries/new");
  await page.getByRole("radio", { name: "statement" }).check();
  await page.getByLabel("Title", { exact: true }).fill("Ryabkov says sanctions will not stop the gas hub");
  await page.getByLabel("Summary", { exact: true }).fill("The deputy foreign minister commented on the planned gas hub.");
  await page.getByLabel("Known to the").selectOption("month");
  await page.getByLabel("Month", { exact: true }).fill("2026-04");
  await page.getByRole("checkbox", { name: "energy" }).check();
  await page.getByLabel("Choose the speaker (any spelling)").fill("Ryabkow");
  await page.getByRole("option", { name: /Sergei Ryabkov/ }).click();
  await expect(page.getByTestId("speaker")).toHaveText("Sergei Ryabkov");
  await page.getByLabel("What they said").fill("Sanctions will not stop this project.");
  await page.getByLabel("Reported by").fill("TASS");
  await page.getByLabel("Cite a source (title, publisher or web address)").fill("treaty");
  await page.getByRole("listbox", { name: /Cite a source.*suggestions/ }).getByRole("option").first().click();

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as a draft.")).toBeVisible();
  await expect(page.getByTestId("speaker")).toHaveText("Sergei Ryabkov");
  await expect(page.getByLabel("What they said")).toHaveValue("Sanctions will not stop this project.");
  await expect(page.getByLabel("Month", { exact: true })).toHaveValue("2026-04");
});

test("an agreement records lifecycle steps, each with its date and source, and refuses a malformed date", async ({ page }) => {
  await signIn(page, "editor", "/entries/new");
  await page.getByRole("radio", { name: "agreement" }).check();
  await page.getByLabel("Title", { exact: true }).fill("Iran and Russia sign a memorandum on grain corridor logistics");
  await page.getByLabel("Summary", { exact: true }).fill("A memorandum on logistics for grain moving through the Caspian ports.");
  await page.getByLabel("Known to the").selectOption("year");
  await page.getByLabel("Year", { exact: true }).fill("2026");
  await page.getByRole("checkbox", { name: "trade" }).check();
  await page.getByLabel("Cite a source (title, publisher or web address)").fill("treaty");
  await page.getByRole("listbox", { name: /Cite a source.*suggestions/ }).getByRole("option").first().click();
  await page.getByLabel("Current status").selectOption("signed");
  await page.getByRole("button", { name: "Add a step" }).click();
  await page.getByLabel("Step", { exact: true }).selectOption("proposed");
  await page.getByLabel("Date (YYYY-MM-DD, YYYY-MM or YYYY)").fill("2025-13");

  await page.getByRole("button", { name: "Save draft" }).click();
  const dateField = page.getByLabel("Date (YYYY-MM-DD, YYYY-MM or YYYY)");
  await expect(dateField).toHaveAttribute("aria-invalid", "true");
  await expect(dateField).toBeFocused();
  await expect(page.getByText("not a real calendar date")).toBeVisible();

  await dateField.fill("2025-11");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as a draft.")).toBeVisible();
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("revision").first()).toContainText("step: proposed, 2025-11");
});
