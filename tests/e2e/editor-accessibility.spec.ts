import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

// The editor's pages checked with axe-core (WCAG 2.1 A and AA rules), in light and dark mode,
// including a form showing its errors.
for (const scheme of ["light", "dark"] as const) {
  test(`editor pages have no detectable accessibility violations (${scheme})`, async ({ page }) => {
    // One test walks every editor page with axe (about ten analyses): more than the default 30 s
    // on a 2-core machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const check = async (what: string) => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
    };
    await page.goto("/sign-in");
    await check("sign-in");
    await signIn(page, "editor", "/entries/new");
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByText("Not saved: check the fields marked in red.")).toBeVisible();
    await check("new entry with errors");
    for (const path of ["/review", "/account", "/actors/manage", "/sources", "/thesaurus", "/entries/russia-iran-20-year-strategic-partnership-treaty/edit", "/entries/russia-iran-20-year-strategic-partnership-treaty/history"]) {
      await page.goto(path);
      await check(path);
    }
  });
}
