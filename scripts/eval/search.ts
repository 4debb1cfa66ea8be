// npm run eval:search: recall@10 of the search on the initial record. Loads prisma/seed/record.json
// (and the thesaurus's starter sets) into a throwaway embedded PostgreSQL, runs every query of the
// gold file through the app's own query path (browseEntries, as the browse page and the API do) and
// counts a query as found when its entry is among the first ten results. A query whose slug is null
// names nothing the record holds: it counts as found when the search finds no entry at all, or only
// entries offered as partial matches of words the record does hold. Prints recall overall and per
// kind of query, and every miss with what came first instead.
//   npm run eval:search [-- --gold scripts/eval/search-gold.json] [--verbose]
import { readFileSync } from "node:fs";
import { withRecordDatabase } from "./record-database";

type Gold = { kind: string; q: string; slug: string | null };

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const verbose = process.argv.includes("--verbose");
const gold: Gold[] = JSON.parse(readFileSync(arg("gold", "scripts/eval/search-gold.json"), "utf8"));

await withRecordDatabase(async () => {
  const { browseEntries } = await import("../../lib/entries/browse");
  const { entryListQuery } = await import("../../lib/entries/schemas");

  const byKind = new Map<string, { found: number; total: number }>();
  const misses: string[] = [];
  let found = 0;
  const started = performance.now();
  for (const { kind, q, slug } of gold) {
    const result = await browseEntries(entryListQuery.parse({ q, pageSize: "10" }));
    const slugs = result.data.map((e) => e.slug);
    const rank = slug === null ? (result.total === 0 ? 1 : 0) : slugs.indexOf(slug) + 1;
    const tally = byKind.get(kind) ?? { found: 0, total: 0 };
    tally.total++;
    if (rank > 0) {
      found++;
      tally.found++;
    } else {
      misses.push(`- [${kind}] ${JSON.stringify(q)} → wanted ${slug ?? "nothing"}; got ${result.total} (${slugs.slice(0, 3).join(", ") || "nothing"})`);
    }
    byKind.set(kind, tally);
    if (verbose) {
      const widened = result.search?.widenedTo.map((w) => `${w.from}→${w.to} (${w.why})`).join(", ");
      console.log(`${rank > 0 ? `#${rank}` : "MISS"}\t${kind}\t${q}\t${result.search?.partial ? "partial " : ""}${widened ?? ""}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(`# Search recall@10 on the initial record\n`);
  console.log(`${gold.length} queries, ${found} found in the first ten: recall@10 = ${pct(found, gold.length)} (${((seconds * 1000) / gold.length).toFixed(0)} ms a query)\n`);
  console.log("| kind | found | queries | recall@10 |\n| --- | ---: | ---: | ---: |");
  for (const [kind, t] of [...byKind].sort()) console.log(`| ${kind} | ${t.found} | ${t.total} | ${pct(t.found, t.total)} |`);
  console.log(misses.length ? `\nMisses:\n${misses.join("\n")}` : "\nNo misses.");
});
