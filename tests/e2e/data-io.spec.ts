import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test("the API reference lists every operation and the CSV columns, and its contents jump to them", async ({ page }) => {
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API reference");
  for (const path of ["/api/v1/entries", "/api/v1/entries/{id}", "/api/v1/entries/export", "/feeds/entries.atom", "/api/v1/openapi.json"]) {
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(`GET ${path.replace(/[{}.]/g, "\\$&")}( \\(an API token shows more\\))?$`) })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 3, name: "POST /api/v1/entries (needs an API token)" })).toBeVisible();
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "CSV columns" }).click();
  await expect(page).toHaveURL(/#csv-columns$/);
  await expect(page.getByRole("table", { name: "CSV columns" }).getByRole("rowheader").first()).toHaveText("id");
  await expect(page.getByRole("link", { name: "OpenAPI 3.1 document" })).toHaveAttribute("href", "/api/v1/openapi.json");
});

test("a browse view downloads as CSV and follows as an Atom feed", async ({ request }) => {
  const csv = await request.get("/api/v1/entries/export?format=csv&sector=nuclear");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/attachment/);
  const lines = (await csv.text()).trim().split("\n");
  expect(lines[0]).toContain("id,version,slug,kind,title");
  expect(lines.some((l) => l.includes("bushehr-nuclear-power-plant-operational"))).toBe(true);

  const feed = await request.get("/feeds/entries.atom?sector=nuclear");
  expect(feed.headers()["content-type"]).toMatch(/application\/atom\+xml/);
  expect(await feed.text()).toContain("<title>Iran–Russia cooperation record: nuclear</title>");

  const example = await request.get("/docs/import-example.csv");
  expect(await example.text()).toMatch(/^id,version,slug,kind,title/);
});

test("a filtered browse view downloads exactly the entries it lists, and announces its Atom feed", async ({ page }) => {
  await page.goto("/entries?sector=nuclear");
  const listed = await page.getByTestId("entry").getByRole("heading").allTextContents();
  expect(listed.length).toBeGreaterThan(0);

  const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute("href", /\/feeds\/entries\.atom\?.*sector=nuclear/);

  const downloads = page.getByRole("complementary", { name: "Download and follow" });
  const csvHref = await downloads.getByRole("link", { name: "Download CSV" }).getAttribute("href");
  const csv = await (await page.request.get(csvHref!)).text();
  // The last row is the export's end marker ("# end of export: N entries"), not an entry.
  const rows = (parse(csv, { columns: true, bom: true }) as Record<string, string>[]).filter((r) => !Object.values(r)[0]?.startsWith("# end of export"));
  expect(rows.map((r) => r.title)).toEqual(listed.map((t) => t.trim())); // same entries, same order

  const feedHref = await downloads.getByRole("link", { name: "Atom feed" }).getAttribute("href");
  const feed = await (await page.request.get(feedHref!)).text();
  expect(feed.match(/<entry>/g)).toHaveLength(listed.length);
});
