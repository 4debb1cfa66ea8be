// The import's look-alike check compares titles in the app (lib/import/look-alike.ts) with the
// measure PostgreSQL's pg_trgm gives: the two agree on titles in every script the record holds, and
// a file row whose title is close to an entry's of the same kind and date is set aside as a double.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { planFile } from "@/lib/import/dry-run";
import { similarity, trigrams } from "@/lib/import/look-alike";
import { seedDatabase } from "@/prisma/seed/load";

const TITLES = [
  "Russia and Iran sign a 20-year strategic partnership treaty",
  "Russia, Iran sign 20-year strategic partnership treaty!",
  "Iran and Russia sign the strategic partnership treaty (20 years)",
  "Rosatom delivers fuel to Bushehr",
  "ROSATOM DELIVERS FUEL TO BUSHEHR NPP",
  "Россия и Иран подписали договор о стратегическом партнёрстве",
  "Россия и Иран подписали договор",
  "ایران و روسیه معاهده مشارکت راهبردی امضا کردند",
  "معاهده مشارکت راهبردی ایران و روسیه",
  "Tsivilev visits Tehran; meets Paknejad — gas, oil & power",
  "Tsiviliov in Tehran",
  "North–South corridor: Rasht–Astara railway",
  "Rasht-Astara railway loan agreement signed",
  "a",
  "I",
  "",
  "— ; —",
  "Mi-28NE helicopters delivered",
  "Mi28NE helicopter delivery",
  "Café naïve Zürich 2026",
];

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("titles that look alike", () => {
  it("measure as pg_trgm's similarity() does, in Latin, Cyrillic and Persian script", async () => {
    const pairs = TITLES.flatMap((a) => TITLES.map((b) => [a, b] as const));
    const rows = await prisma.$queryRaw<{ a: string; b: string; s: number }[]>`
      SELECT p.a, p.b, similarity(p.a, p.b)::float8 AS s
      FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS p(a, b)`;
    expect(rows).toHaveLength(pairs.length);
    for (const { a, b, s } of rows) expect(similarity(trigrams(a), trigrams(b)), `${a} ~ ${b}`).toBeCloseTo(s, 5);
    // Some pairs are close, some far: the check is not passing on zeros alone.
    expect(rows.filter((r) => r.s >= 0.45 && r.a !== r.b).length).toBeGreaterThan(2);
    expect(rows.filter((r) => r.s > 0 && r.s < 0.45).length).toBeGreaterThan(10);
  });

  it("set aside a file row like an entry of the same kind and date, and keep one of another date", async () => {
    const treaty = await prisma.entry.findUniqueOrThrow({ where: { slug: "russia-iran-20-year-strategic-partnership-treaty" } });
    const start = treaty.dateStart!.toISOString().slice(0, 10);
    const month = start.slice(0, 7);
    const csv = [
      "kind,title,summary,date_start,sectors,status,source_title,source_url",
      `agreement,"Russia, Iran sign the 20-year strategic partnership treaty",Signed in Moscow.,${month},diplomacy,signed,Report,https://example.org/a`,
      `agreement,"Russia, Iran sign the 20-year strategic partnership treaty",Signed in Moscow.,2019-05,diplomacy,signed,Report,https://example.org/b`,
    ].join("\n");
    const plan = await planFile(prisma, "csv", csv);
    expect(plan.invalid).toEqual([]);
    expect(plan.duplicates.map((d) => d.reason)).toEqual(["an entry of the same kind on the same date has a similar title"]);
    expect(plan.duplicates[0].existing).toMatchObject({ slug: treaty.slug });
    expect(plan.create).toHaveLength(1);
  });
});
