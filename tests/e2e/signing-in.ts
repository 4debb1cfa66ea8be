import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./users";

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, who: keyof typeof E2E_USERS, next = "/account") {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(E2E_USERS[who].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in hashes a password (argon2id): slow on a busy machine, so wait longer than for a click.
  await expect(page).toHaveURL(new RegExp(next.replace(/[?]/g, "\\?")), { timeout: 30_000 });
}
