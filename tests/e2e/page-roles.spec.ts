// Who may open each working page: a visitor is sent to sign in and comes back to the page, an
// analyst is told the page needs an editor, an editor sees it. The server decides (the answers are
// read before any script runs), so it holds with JavaScript off.
import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

// Each test opens every working page, some twice; a busy machine needs more than the default.
test.describe.configure({ timeout: 120_000 });

const EDITOR_PAGES = [
  { path: "/review", heading: "Review", analyst: true },
  { path: "/import", heading: "Import entries", analyst: false },
  { path: "/thesaurus", heading: "Search thesaurus", analyst: false },
  { path: "/places/manage", heading: "Places", analyst: false },
  { path: "/entries/deleted", heading: "Deleted entries", analyst: false },
  { path: "/actors/manage", heading: "Actors", analyst: true },
  { path: "/sources", heading: "Sources", analyst: true },
  { path: "/entries/new", heading: "Log a new entry", analyst: true },
];

test("a visitor who opens a working page is sent to sign in, with the page to come back to", async ({ request }) => {
  for (const { path } of EDITOR_PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeGreaterThanOrEqual(300);
    expect(response.status(), path).toBeLessThan(400);
    expect(response.headers().location, path).toContain(`/sign-in?next=${encodeURIComponent(path)}`);
  }
});

test("an analyst opens the pages of their role and is told which pages need an editor", async ({ page }) => {
  await signIn(page, "analyst");
  for (const { path, heading, analyst } of EDITOR_PAGES) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    if (analyst) {
      expect(response.status(), path).toBe(200);
    } else {
      expect(response.status(), path).toBeGreaterThanOrEqual(300);
      expect(response.headers().location, path).toContain("/account?needs=editor");
      // The redirect may reach the browser as a navigation of its own: start from another page and
      // wait for where it lands.
      await page.goto("/timeline");
      await page.goto(path, { waitUntil: "commit" }).catch(() => {});
      await expect(page).toHaveURL(/\/account\?needs=editor/);
      await expect(page.getByText("That page needs an editor's account; you are signed in as analyst.")).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toHaveCount(0);
    }
  }
});

test("an editor opens every working page", async ({ page }) => {
  await signIn(page, "editor");
  for (const { path, heading } of EDITOR_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}$`));
    await expect(page.getByRole("heading", { level: 1, name: heading, exact: true }), path).toBeVisible();
  }
});
