import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

test("an editor checks a file in a dry run, sees the invalid row, then imports the corrected file", async ({ page }) => {
  await signIn(page, "editor", "/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import entries");

  // The documented example, made unique to this run (each browser project imports it into the same database).
  const run = `${test.info().project.name}-${Date.now().toString(36)}`;
  const year = String(1990 + Math.floor(Math.random() * 20) + (test.info().project.name === "phone" ? 0 : 20));
  const example = readFileSync("docs/import-example.csv", "utf8")
    .replaceAll("Example –", `Example ${run} –`)
    .replace(/20(25|26)(-\d\d)?(-\d\d)?,/g, (_m, _y, month = "", day = "") => `${year}${month}${day},`);
  // A file with one invalid row: the dry run names its row, column and reason, and the import stays off.
  const broken = example.replace(`${year}-03,,energy; diplomacy`, `${year}-13,,energy; diplomacy`);
  await page.getByLabel("File to import (CSV or JSON)").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByRole("status")).toContainText("Some rows are invalid");
  const invalid = page.getByRole("table", { name: "Invalid rows" });
  await expect(invalid.getByRole("row").nth(1)).toContainText("2");
  await expect(invalid.getByRole("row").nth(1)).toContainText("date_start");
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();

  await page.getByLabel("File to import (CSV or JSON)").setInputFiles({ name: "example.csv", mimeType: "text/csv", buffer: Buffer.from(example) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("3 would be created");
  // Drafts (the default): they wait for review, and the shared record the other flows read stays as it was.
  await expect(page.getByLabel("New entries are saved as")).toHaveValue("draft");
  await page.getByRole("button", { name: "Import 3 entries" }).click();
  await expect(page.getByRole("status").first()).toContainText("Imported: 3 created, 0 updated.");
  await expect(page.getByRole("region", { name: "Imported" })).toContainText("as drafts");

  // The same file again is now all duplicates.
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("3 look like duplicates");

  // Drafts are not on the public record yet.
  const search = await page.request.get(`/api/v1/entries?q=${encodeURIComponent(run)}`);
  expect((await search.json()).total).toBe(0);
});

test("an editor creates an API token on the account page, sees it once, and revokes it", async ({ page }) => {
  await signIn(page, "editor", "/account");
  const name = `nightly import ${test.info().project.name}`;
  await page.getByLabel("Name of a new token").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = page.getByLabel("The new token");
  await expect(secret).toHaveValue(/^irr_/);
  const token = await secret.inputValue();

  const created = await page.request.post("/api/v1/sources", { headers: { authorization: `Bearer ${token}` }, data: { title: "Report sent by a script" } });
  expect(created.status()).toBe(201);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("region", { name: "API tokens" }).getByRole("status")).toContainText("is revoked");
  const refused = await page.request.post("/api/v1/sources", { headers: { authorization: `Bearer ${token}` }, data: { title: "After revoking" } });
  expect(refused.status()).toBe(401);

  // The secret is not shown again after a reload.
  await page.reload();
  await expect(page.getByLabel("The new token")).toHaveCount(0);
  await expect(page.getByTestId("token-row").filter({ hasText: name })).toContainText("revoked");
});

test("a file of more than 10 MB reaches the import whole: its last row is read", async ({ page }) => {
  await signIn(page, "editor", "/import");
  const [header, first] = readFileSync("docs/import-example.csv", "utf8").split("\n");
  // The second entry (line 3) carries a 12 MB summary, too long, so the dry run names it; a third comes after it.
  const summary = first.match(/"[^"]*"/)![0];
  const long = `"${"Caspian freight ".repeat(750_000)}"`;
  const file = [header, first, first.replace(summary, long), first.replace("Example –", "Example (the last row) –")].join("\n") + "\n";
  const answer = await page.evaluate(async (body) => {
    const response = await fetch("/api/editor/import?dryRun=true&format=csv&name=large.csv", { method: "POST", headers: { "content-type": "text/csv" }, body });
    return { status: response.status, json: await response.json() };
  }, file);
  expect(answer.status).toBe(200);
  expect(answer.json.data.summary).toMatchObject({ rows: 3, invalidRows: 1 });
  expect(answer.json.data.invalid).toEqual([expect.objectContaining({ row: 3, field: "summary", message: expect.stringContaining("5000 characters") })]);
});
