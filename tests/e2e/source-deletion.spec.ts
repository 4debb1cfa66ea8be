import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

test("an editor deletes a source nothing cites, with a reason, and restores it", async ({ page }) => {
  // A title of its own per project and try, since the e2e database outlives a run's tests.
  const title = `A bulletin added by mistake (${test.info().project.name}, try ${test.info().retry})`;
  await signIn(page, "editor", "/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page).toHaveURL(/\/sources$/);
  await page.getByRole("link", { name: title }).click();

  await page.getByRole("button", { name: "Delete source" }).click();
  await page.getByRole("button", { name: "Delete source" }).last().click();
  await expect(page.getByText("say why, in a few words")).toBeVisible();
  await page.getByLabel(/Why delete it/).fill("Added twice");
  await page.getByRole("button", { name: "Delete source" }).last().click();
  await expect(page.getByText(/^Deleted:/)).toBeVisible();

  await page.getByRole("button", { name: "Restore" }).click();
  await page.getByLabel("Why restore it?").fill("It is a different bulletin");
  await page.getByRole("button", { name: "Restore" }).last().click();
  await expect(page.getByRole("button", { name: "Delete source" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
});

test("two tabs edit the same source: the later save is refused, and the earlier change stays", async ({ page }) => {
  const title = `A bulletin edited twice (${test.info().project.name}, try ${test.info().retry})`;
  await signIn(page, "editor", "/sources/new");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  const edit = page.url();
  const other = await page.context().newPage();
  await other.goto(edit);

  await page.getByLabel("Publisher").fill("IRNA");
  await page.getByRole("button", { name: "Save source" }).click();
  await expect(page).toHaveURL(/\/sources$/);

  await other.getByLabel("Publisher").fill("TASS");
  await other.getByRole("button", { name: "Save source" }).click();
  await expect(other.getByText(/Someone changed this source after you opened it/)).toBeVisible();
  await other.reload();
  await expect(other.getByLabel("Publisher")).toHaveValue("IRNA");
});
