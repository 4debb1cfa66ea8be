import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

// The smaller editor forms: each refuses bad input beside the field it concerns, says so in its
// status line, and changes nothing.

test("merging actors without a reason is refused beside the reason field, and nothing is merged", async ({ page }) => {
  await signIn(page, "editor", "/actors/manage");
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not merged: check the fields marked in red." })).toBeVisible();
  await expect(page.getByLabel("Why", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.goto("/actors/russia");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Russia");
});

test("an actor saved without a name is refused beside the name field, and keeps its name", async ({ page }) => {
  await signIn(page, "editor", "/actors/iran/edit");
  await page.getByLabel("Name readers see").fill("");
  await page.getByRole("button", { name: /^Save/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not saved: check the fields marked in red." })).toBeVisible();
  await expect(page.getByLabel("Name readers see")).toHaveAttribute("aria-invalid", "true");
  await page.goto("/actors/iran");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iran");
});

test("changing a password with the wrong current one says so, and the old password still works", async ({ page }) => {
  await signIn(page, "analyst", "/account");
  await page.getByLabel("Current password").fill("not the current password");
  await page.getByLabel("New password").fill("a brand new and long password");
  await page.getByRole("button", { name: "Change password" }).click();
  // The server's refusal stands beside the field it concerns.
  await expect(page.getByRole("status").filter({ hasText: "this is not your current password; nothing was changed" })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Current password").fill("");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check the fields marked in red." })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  // Signing in again with the old password still works.
  await page.context().clearCookies();
  await signIn(page, "analyst", "/account");
  await expect(page.getByLabel("Current password")).toBeVisible();
});
