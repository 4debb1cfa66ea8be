// POST /api/v1/extract: analysts and up with a token get proposals matched to the record; nobody
// else gets anything; bad input gets a message saying what to do; nothing is ever saved.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let analyst: TokenUser, editor: TokenUser;
const seeds = existsDir("/work/shared/seeds") ?? path.resolve("../shared/seeds");
function existsDir(dir: string) {
  try {
    readFileSync(path.join(dir, "004_06017ff5e5c53bf5.txt"));
    return dir;
  } catch {
    return null;
  }
}
const treatyReport = () => readFileSync(path.join(seeds, "004_06017ff5e5c53bf5.txt"), "utf8");
const counts = () => Promise.all([prisma.entry.count(), prisma.source.count(), prisma.actor.count(), prisma.revision.count()]);

beforeAll(async () => {
  await seedDatabase(prisma);
  [analyst, editor] = [await tokenUser("analyst"), await tokenUser("editor")];
});

describe("who may extract", () => {
  it("refuses readers without a token, and bad tokens", async () => {
    const body = { text: "Russia and Iran signed a treaty in Moscow.", publishedAt: "2025-01-17" };
    const anonymous = await api("POST", "/api/v1/extract", { body });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.message).toMatch(/account page/);
    expect((await api("POST", "/api/v1/extract", { token: "irr_made-up", body })).status).toBe(401);
  });

  it("answers analysts and editors with proposals matched to the record, saving nothing", async () => {
    const before = await counts();
    for (const user of [analyst, editor]) {
      const { status, json } = await api("POST", "/api/v1/extract", { token: user.token, body: { text: treatyReport(), publishedAt: "2025-01-17" } });
      expect(status).toBe(200);
      const proposals = json.data.proposals as { kind: string; date: { start: string | null; precision: string }; actors: { name: string; match: { slug: string } | null }[]; statement: { speaker: string } | null; duplicates: { slug: string }[]; cues: unknown[] }[];
      expect(proposals.length).toBeGreaterThan(3);
      const putin = proposals.find((p) => p.statement?.speaker === "Vladimir Putin")!;
      expect(putin.date).toMatchObject({ start: "2025-01", precision: "month" });
      expect(putin.actors.find((a) => a.name === "Vladimir Putin")?.match?.slug).toBe("vladimir-putin");
      expect(putin.cues.length).toBeGreaterThan(0);
      // The record already holds this article's facts: each card names them.
      expect(proposals.some((p) => p.duplicates.some((d) => d.slug === "russia-iran-20-year-strategic-partnership-treaty"))).toBe(true);
      expect(json.data.referenceDate).toEqual({ day: "2025-01-17", from: "publication" });
    }
    expect(await counts()).toEqual(before);
  });

  it("offers to add a reported ratification to the agreement the record holds", async () => {
    const text =
      "On Tuesday, Russia's State Duma ratified the 20-year strategic partnership treaty with Iran, officials in Moscow said. The treaty was signed in January by Russian President Vladimir Putin and Iranian President Masoud Pezeshkian.";
    const { status, json } = await api("POST", "/api/v1/extract", { token: analyst.token, body: { text, publishedAt: "2025-04-10" } });
    expect(status).toBe(200);
    const treaty = (json.data.proposals as { kind: string; stepOffer: { entry: { slug: string }; step: { status: string; date: string } } | null }[]).find((p) => p.kind === "agreement")!;
    expect(treaty.stepOffer?.entry.slug).toBe("russia-iran-20-year-strategic-partnership-treaty");
    expect(treaty.stepOffer?.step).toEqual({ status: "ratified", date: "2025-04-08" });
  });

  it("names places as the record's Place records do", async () => {
    const { json } = await api("POST", "/api/v1/extract", { token: analyst.token, body: { text: "Russian Energy Minister Sergei Tsivilev visited Tehran on Monday for talks on gas supplies.", publishedAt: "2026-02-20" } });
    const [visit] = json.data.proposals as { places: string[]; date: { start: string } }[];
    expect(visit.places).toEqual(["Tehran"]);
    expect(visit.date.start).toBe("2026-02-16");
  });
});

describe("bad input", () => {
  const send = (body: unknown) => api("POST", "/api/v1/extract", { token: analyst.token, body });

  it("says what to do with empty, binary or oversized text, and a bad date", async () => {
    const before = await counts();
    const empty = await send({ text: "   ", publishedAt: null });
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toMatch(/empty/);
    const binary = await send({ text: "%PDF-1.7\u0000\u0001\u0002 stream", publishedAt: null });
    expect(binary.status).toBe(400);
    // Refused at the boundary (a NUL byte) or by the extractor (control characters): either way, said why.
    expect(binary.json.error.message).toMatch(/binary|NUL byte/);
    const huge = await send({ text: "Russia and Iran signed a deal. ".repeat(170_000), publishedAt: null });
    expect(huge.status).toBe(400);
    expect(huge.json.error.message).toMatch(/one article/);
    const date = await send({ text: "Russia and Iran signed a deal.", publishedAt: "17/01/2025" });
    expect(date.status).toBe(400);
    expect(date.json.error.message).toMatch(/YYYY-MM-DD/);
    expect((await api("POST", "/api/v1/extract", { token: analyst.token, body: "not json" })).status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("answers Russian and Persian text with a notice, not a crash", async () => {
    const ru = await send({ text: "Россия и Иран подписали договор о всеобъемлющем стратегическом партнёрстве в Москве.", publishedAt: "2025-01-17" });
    expect(ru.status).toBe(200);
    expect(ru.json.data.proposals).toEqual([]);
    expect(ru.json.data.notices[0]).toMatch(/English/);
    const fa = await send({ text: "ایران و روسیه توافقنامه همکاری جامع راهبردی را در مسکو امضا کردند.", publishedAt: null });
    expect(fa.status).toBe(200);
    expect(fa.json.data.notices[0]).toMatch(/Persian/);
  });

  it("reads HTML pasted as text as plain words, never keeping a script", async () => {
    const html = '<p>Russia and Iran signed a gas deal in Tehran on Monday.</p><script>alert("x")</script>';
    const { status, json } = await send({ text: html, publishedAt: "2025-03-05" });
    expect(status).toBe(200);
    expect(json.data.proposals[0].passage).toBe("Russia and Iran signed a gas deal in Tehran on Monday.");
    expect(JSON.stringify(json.data)).not.toMatch(/<script|<p>|alert/);
  });
});
