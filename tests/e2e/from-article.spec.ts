import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./signing-in";

// A seed article (the energy minister's visit to Tehran, 18 February 2026), logged end to end.
const article = readFileSync(path.resolve("tests/fixtures/articles/energy-minister-visits-iran.txt"), "utf8");

test("an analyst pastes an article, reviews the proposed entries, accepts two and finds both drafts on /review", async ({ page }, testInfo) => {
  // The first extraction loads the date parser and the gazetteer: give a busy machine time.
  test.setTimeout(180_000);
  const suffix = `${testInfo.project.name} ${testInfo.retry}`;
  await signIn(page, "analyst", "/review");
  await page.goto("/entries/new/from-article");
  await expect(page.getByRole("heading", { name: "Log entries from an article" })).toBeVisible();

  // Bad input first: nothing to read gets a message, not a request.
  await page.getByRole("button", { name: "Propose entries" }).click();
  await expect(page.getByText("Paste the article's text, or choose a .txt or .html file.")).toBeVisible();
  await page.getByLabel("The article's text").fill("Россия и Иран подписали договор о стратегическом партнёрстве.");
  await page.getByRole("button", { name: "Propose entries" }).click();
  await expect(page.getByText(/reads English articles only/).first()).toBeVisible({ timeout: 60_000 });

  await page.getByLabel("The article's text").fill(article);
  await page.getByLabel("Publisher", { exact: true }).fill("Example Wire");
  await page.getByRole("button", { name: "Propose entries" }).click();
  const cards = page.getByTestId("proposal-card");
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  expect(await cards.count()).toBeGreaterThanOrEqual(3);

  // The visit: its day from the text, the record's actor by another spelling, and the entry the record already has.
  const card = (heading: RegExp) => cards.filter({ has: page.getByRole("heading", { name: heading }) }).first();
  const visit = card(/dispatched its Energy Minister/);
  await expect(visit).toContainText("18 Feb 2026");
  await expect(visit).toContainText("Sergei Tsivilev (as “Sergey Tsivilyov”)");
  await expect(visit.getByRole("region", { name: "Possibly already in the record" })).toBeVisible();
  await visit.getByText("Why this was proposed").click();
  await expect(visit).toContainText("February 18, 2026");

  // The helicopter: “earlier this month” is a month, never a day.
  const helicopter = card(/arrival of a Russian Mi-28NE/);
  await expect(helicopter).toContainText("Feb 2026");
  await helicopter.getByRole("button", { name: /^Reject/ }).click();
  await expect(page.getByText(/^Rejected: Iran confirmed the arrival/)).toBeVisible();

  // Accept the visit: the usual entry form opens filled in; save it as a draft.
  await visit.getByRole("button", { name: /^Accept/ }).click();
  const form = page.getByRole("form", { name: "New entry" });
  await expect(form.getByLabel("Title", { exact: true })).not.toHaveValue("");
  await expect(form.getByLabel("Quoted passage that supports the entry")).toHaveValue(/February 18, 2026/);
  await expect(form.getByLabel("Day", { exact: true })).toHaveValue("2026-02-18");
  const visitTitle = `Tsivilyov visits Iran for talks on energy and trade (${suffix})`;
  await form.getByLabel("Title", { exact: true }).fill(visitTitle);
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(`Saved “${visitTitle}” as your draft.`)).toBeVisible();

  // Accept a statement: the speaker is matched, the quote is reported speech.
  const statement = card(/The meetings aimed to enhance mutual economic benefits/);
  await statement.getByRole("button", { name: /^Accept/ }).click();
  await expect(form.getByTestId("speaker")).toHaveText("Sergei Tsivilev");
  await expect(form.getByLabel("verbatim quote (not a paraphrase)")).not.toBeChecked();
  const statementTitle = `Tsivilyov says the Tehran meetings aimed at mutual economic benefits (${suffix})`;
  await form.getByLabel("Title", { exact: true }).fill(statementTitle);
  await form.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(`Saved “${statementTitle}” as your draft.`)).toBeVisible();
  await expect(page.getByText("Saved as a draft")).toHaveCount(2);

  await page.goto("/review");
  const mine = page.getByRole("list", { name: "Your drafts and submissions" });
  await expect(mine.getByRole("link", { name: visitTitle })).toBeVisible();
  await expect(mine.getByRole("link", { name: statementTitle })).toBeVisible();
});
