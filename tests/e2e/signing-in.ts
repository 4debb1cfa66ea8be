import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "./users";

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, who: keyof typeof E2E_USERS, next = "/account") {
  // Each signing-in test comes from an address of its own, as separate people would: the suite signs
  // in more often than one address may in 15 minutes (SIGN_IN_LIMITS.perAddress, lib/accounts), and
  // that limit is not what these tests are about (tests/integration and tests/reliability test it).
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${1 + Math.floor(Math.random() * 254)}` });
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(E2E_USERS[who].email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in hashes a password (argon2id): slow on a busy machine, so wait longer than for a click.
  await expect(page).toHaveURL(new RegExp(next.replace(/[?]/g, "\\?")), { timeout: 30_000 });
}
