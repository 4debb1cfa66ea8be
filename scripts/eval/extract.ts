// npm run eval:extract: runs the extractor over the seed articles and compares its proposals with
// the initial record (prisma/seed/record.json), the gold. A gold fact is "found" when a proposal
// from one of the articles it cites quotes its passage; per field it prints precision and recall,
// the share of gold facts proposed with the right kind and date precision, the invented days (must
// be 0), the misses, and the time to extract a 2,000-word article.
// With --articles <dir> it scores a directory of articles instead: each <name>.txt beside a
// <name>.gold.json ({ publishedAt, actors: [{ slug, name, aliases }], entries: [{ slug, kind, date,
// passage, actors, speaker, sectors, places, agreement }] }); actors the gold names by slug are
// matched against the seed record's actors and the file's own.
// Proposed names are matched to actors as the review page matches them: through the one name
// matcher (lib/names), on a throwaway embedded PostgreSQL holding those actors.
//   npm run eval:extract [-- --seeds <dir>] [--record <record.json>] [--articles <dir>] [--verbose]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { extractProposals } from "../../lib/extract/extract";
import { findDates, referenceDate } from "../../lib/extract/dates";
import { withRecordDatabase } from "./record-database";
import { articleMetadata } from "../../lib/extract/publication";
import type { Proposal } from "../../lib/extract/schemas";
import { splitSentences } from "../../lib/extract/sentences";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const verbose = process.argv.includes("--verbose");
const seedsDir = arg("seeds", existsSync("/work/shared/seeds") ? "/work/shared/seeds" : path.resolve("../shared/seeds"));
const articlesDir = arg("articles", "");
const record = JSON.parse(readFileSync(arg("record", "prisma/seed/record.json"), "utf8"));

/** A gold fact, whichever file it came from. */
type Gold = {
  slug: string;
  kind: string;
  date: { start: string | null };
  sectors: string[];
  places: string[];
  actors: string[];
  speaker: string | null;
  status: string | null;
  citations: { file: string; quote: string }[];
};
type GoldActor = { slug: string; name: string; kind?: "person" | "organisation" | "state"; aliases?: string[] };
type Article = { file: string; full: string; golds: Gold[] };
/** The gold files' own actors, beside the record's: the record as it would stand with them logged. */
const ownActors = new Map<string, GoldActor>();
const articles: Article[] = [];
if (articlesDir) {
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith(".txt")).sort()) {
    const goldFile = path.join(articlesDir, file.replace(/\.txt$/, ".gold.json"));
    if (!existsSync(goldFile)) continue;
    const g = JSON.parse(readFileSync(goldFile, "utf8"));
    const own: GoldActor[] = g.actors ?? [];
    const golds: Gold[] = g.entries.map((e: { slug: string; kind: string; date: { start: string | null }; sectors: string[]; places?: string[]; actors: string[]; speaker?: string | null; agreement?: { status: string } | null; passage: string }) => ({
      slug: e.slug,
      kind: e.kind,
      date: { start: e.date.start },
      sectors: e.sectors,
      places: e.places ?? [],
      actors: e.actors,
      speaker: e.speaker ?? null,
      status: e.agreement?.status ?? null,
      citations: [{ file, quote: e.passage }],
    }));
    for (const a of own) ownActors.set(a.slug, { ...a, aliases: [...(ownActors.get(a.slug)?.aliases ?? []), ...(a.aliases ?? [])] });
    articles.push({ file, full: path.join(articlesDir, file), golds });
  }
} else {
  const fileOf = new Map<string, string>(record.sources.map((s: { id: string; file: string }) => [s.id, s.file]));
  const placeName = new Map<string, string>(record.places.map((p: { slug: string; name: string }) => [p.slug, p.name]));
  const golds: Gold[] = record.entries.map((g: { slug: string; kind: string; date: { start: string | null }; sectors: string[]; places: string[]; actors: { actor: string }[]; statement: { speaker: string } | null; agreement: { status: string } | null; citations: { source: string; quote: string | null }[] }) => ({
    slug: g.slug,
    kind: g.kind,
    date: { start: g.date.start },
    sectors: g.sectors,
    places: g.places.map((p) => placeName.get(p) ?? p),
    actors: g.actors.map((a) => a.actor),
    speaker: g.statement?.speaker ?? null,
    status: g.agreement?.status ?? null,
    citations: g.citations.flatMap((c) => (c.quote && fileOf.has(c.source) ? [{ file: fileOf.get(c.source)!, quote: c.quote }] : [])),
  }));
  for (const file of [...new Set(record.sources.map((s: { file: string }) => s.file))] as string[]) {
    articles.push({ file, full: path.join(seedsDir, file), golds: golds.filter((g) => g.citations.some((c) => c.file === file)) });
  }
}
if (!articles.length) {
  console.error(`No article to score in ${articlesDir || seedsDir}: each <name>.txt needs a <name>.gold.json beside it.`);
  process.exit(1);
}
const allGolds = [...new Set(articles.flatMap((a) => a.golds))];

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []);
/** How much of the gold quote the proposal's passage holds. */
function covers(passage: string, quote: string): number {
  const q = words(quote);
  const p = words(passage);
  let n = 0;
  for (const w of q) if (p.has(w)) n++;
  return n / Math.max(1, q.size);
}

type Run = { file: string; full: string; text: string; publishedAt: string | null; proposals: (Proposal & { slugs: string[]; speakerSlug: string | null })[]; ms: number };
const runs: Run[] = [];
type Match = (names: string[]) => Promise<Map<string, { slug: string }>>;

/** Runs `use` with the record's name matcher over a throwaway database of the record's actors and the gold files' own. */
async function withRecordMatcher(use: (match: Match) => Promise<void>) {
  await withRecordDatabase(async () => {
    const { prisma } = await import("../../lib/db/client");
    const { matchActorNames } = await import("../../lib/extract/record-names");
    for (const a of ownActors.values()) {
      const actor = await prisma.actor.upsert({ where: { slug: a.slug }, create: { slug: a.slug, name: a.name, kind: a.kind ?? "person", titles: [] }, update: {} });
      await prisma.actorName.createMany({ data: [...new Set([a.name, ...(a.aliases ?? [])])].map((name) => ({ actorId: actor.id, name })), skipDuplicates: true });
    }
    await use(matchActorNames);
  }, record);
}

await withRecordMatcher(async (match) => {
  for (const article of articles) {
    const { file, full } = article;
    if (!existsSync(full)) {
      throw new Error(`missing article ${full}`);
    }
    const text = readFileSync(full, "utf8");
    const meta = articleMetadata(text);
    const t0 = performance.now();
    const result = extractProposals(meta.text, { publishedAt: meta.publishedAt });
    const ms = performance.now() - t0;
    // The names of every proposal at once, as the review page sends them.
    const found = await match(result.proposals.flatMap((p) => [...p.actors.map((a) => a.name), ...(p.statement ? [p.statement.speaker] : [])]));
    const proposals = result.proposals.map((p) => {
      const slugs = [...new Set(p.actors.filter((a) => found.has(a.name) || !a.weak).map((a) => found.get(a.name)?.slug ?? `new:${a.name}`))];
      const speakerSlug = p.statement ? found.get(p.statement.speaker)?.slug ?? `new:${p.statement.speaker}` : null;
      return { ...p, slugs, speakerSlug };
    });
    runs.push({ file, full, text: meta.text, publishedAt: meta.publishedAt, proposals, ms });
  }
});

const goldDate = (g: Gold) => {
  const start: string | null = g.date.start;
  const precision = !start ? "unknown" : start.length === 10 ? "day" : start.length === 7 ? "month" : "year";
  return { start, precision };
};
const goldActors = (g: Gold) => [...new Set<string>([...g.actors, ...(g.speaker ? [g.speaker] : [])])];

// Pair each gold fact with its best proposal among the articles it cites.
type Pair = { gold: Gold; proposal: Run["proposals"][number] | null; coverage: number };
const pairs: Pair[] = allGolds.map((gold: Gold) => {
  let best: Pair = { gold, proposal: null, coverage: 0 };
  for (const c of gold.citations) {
    const run = runs.find((r) => r.file === c.file);
    if (!run || !c.quote) continue;
    for (const p of run.proposals) {
      const coverage = covers(p.passage, c.quote);
      if (coverage < 0.6) continue;
      const score = (x: Pair) => (x.proposal ? (x.proposal.kind === gold.kind ? 2 : 0) + (x.proposal.date.precision === goldDate(gold).precision ? 1 : 0) + x.coverage : -1);
      const candidate = { gold, proposal: p, coverage };
      if (score(candidate) > score(best)) best = candidate;
    }
  }
  return best;
});
const used = new Set(pairs.flatMap((p) => (p.proposal ? [p.proposal] : [])));
/** Every gold fact a proposal quotes (an article may tell one fact twice; both proposals are right). */
const goldOf = (p: Run["proposals"][number]): Gold[] => {
  const run = runs.find((r) => r.proposals.includes(p))!;
  return allGolds.filter((g: Gold) => g.citations.some((c) => c.file === run.file && c.quote && covers(p.passage, c.quote) >= 0.6));
};
const allProposals = runs.flatMap((r) => r.proposals);

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%`.padStart(5) : "   –");
const rows: [string, number, number, number, number][] = [];
function single(field: string, gold: (g: Gold) => string | null, prop: (p: Run["proposals"][number]) => string | null) {
  let correct = 0;
  let goldN = 0;
  let propN = 0;
  for (const pair of pairs) {
    const g = gold(pair.gold);
    if (g !== null) goldN++;
    if (pair.proposal && g !== null && prop(pair.proposal) === g) correct++;
  }
  // Precision: of the proposals giving the field, those whose value is a gold fact's they quote.
  let propCorrect = 0;
  for (const p of allProposals) {
    if (prop(p) === null) continue;
    propN++;
    if (goldOf(p).some((g) => gold(g) === prop(p))) propCorrect++;
  }
  rows.push([field, propCorrect, propN, correct, goldN]);
}
function sets(field: string, gold: (g: Gold) => string[], prop: (p: Run["proposals"][number]) => string[]) {
  let tp = 0;
  let propN = 0;
  let goldN = 0;
  for (const pair of pairs) {
    const g = new Set(gold(pair.gold));
    goldN += g.size;
    if (pair.proposal) for (const x of prop(pair.proposal)) if (g.has(x)) tp++;
  }
  // Precision over proposals that quote a gold fact: items of theirs that the fact has.
  let propTp = 0;
  for (const p of allProposals) {
    const golds = goldOf(p);
    if (!golds.length) continue;
    const g = new Set(golds.flatMap(gold));
    for (const x of prop(p)) (propN++, g.has(x) && propTp++);
  }
  rows.push([field, propTp, propN, tp, goldN]);
}
single("kind", (g) => g.kind, (p) => p.kind);
single("date (value and precision)", (g) => `${goldDate(g).start}|${goldDate(g).precision}`, (p) => `${p.date.start}|${p.date.precision}`);
single("date precision", (g) => goldDate(g).precision, (p) => p.date.precision);
sets("sectors (matched facts)", (g) => g.sectors, (p) => p.sectors);
sets("actors (matched facts)", goldActors, (p) => [...new Set([...p.slugs, ...(p.speakerSlug ? [p.speakerSlug] : [])])]);
single("speaker", (g) => g.speaker, (p) => p.speakerSlug);
single("agreement status", (g) => g.status, (p) => p.agreement?.status ?? null);
sets("places (matched facts)", (g) => g.places, (p) => p.places);

const rightKindAndPrecision = pairs.filter((p) => p.proposal && p.proposal.kind === p.gold.kind && p.proposal.date.precision === goldDate(p.gold).precision);
const found = pairs.filter((p) => p.proposal);

// An invented day: a day-precision date no sentence of the article gives as that day, nor counts
// from one ("The following day", "on the eve of the visit", an interviewee's "yesterday": within
// five days of a day it gives).
let invented = 0;
const inventedList: string[] = [];
for (const run of runs) {
  const sentences = splitSentences(run.text).map((s) => s.text);
  const ref = referenceDate(sentences, run.publishedAt);
  const days = new Set(sentences.flatMap((s) => findDates(s, ref).filter((h) => h.precision === "day").map((h) => h.start)));
  for (const p of run.proposals) {
    const dates = [p.date.precision === "day" ? p.date.start : null, ...(p.agreement?.steps.map((s) => (s.date && s.date.length === 10 ? s.date : null)) ?? [])];
    const counted = (d: string) => p.cues.some((c) => c.field === "date" && /counted from the day (?:told before|the interview was given)/.test(c.rule)) && [...days].some((g) => g && Math.abs(Date.parse(g) - Date.parse(d)) <= 5 * 864e5);
    for (const d of dates) if (d && !days.has(d) && !counted(d)) (invented++, inventedList.push(`${run.file} ${p.id} ${d}`));
  }
}
const dayWhereGoldHasNone = pairs.filter((p) => p.proposal?.date.precision === "day" && goldDate(p.gold).precision !== "day").length;

console.log(`\nExtraction over ${runs.length} ${articlesDir ? `articles in ${articlesDir}` : "seed articles"}, ${allProposals.length} proposals, ${pairs.length} gold facts (${found.length} found)\n`);
console.log("field                          precision  recall   (correct/proposed, correct/gold)");
for (const [field, tp, propN, tp2, goldN] of rows) console.log(`${field.padEnd(30)} ${pct(tp, propN)}     ${pct(tp2, goldN)}    (${tp}/${propN}, ${tp2}/${goldN})`);
console.log(`\nGold facts proposed with the right kind and date precision: ${rightKindAndPrecision.length}/${pairs.length} = ${pct(rightKindAndPrecision.length, pairs.length).trim()} (target ≥ 80%)`);
console.log(`Invented days: ${invented}${invented ? ` (${inventedList.join("; ")})` : ""} (must be 0); a day where the gold has none: ${dayWhereGoldHasNone}`);
console.log(`Proposals that quote no gold fact: ${allProposals.filter((p) => !goldOf(p).length).length} (commentary read as fact, or facts the record leaves out)`);

console.log("\nMisses (gold facts not proposed with the right kind and date precision):");
for (const p of pairs) {
  if (rightKindAndPrecision.includes(p)) continue;
  const why = !p.proposal ? "no proposal quotes its passage" : p.proposal.kind !== p.gold.kind ? `proposed as ${p.proposal.kind}` : `date ${p.proposal.date.start ?? "undated"} (${p.proposal.date.precision}) vs gold ${goldDate(p.gold).start ?? "undated"} (${goldDate(p.gold).precision})`;
  console.log(`  - ${articlesDir ? `${runs.find((r) => p.gold.citations.some((c) => c.file === r.file))?.file.replace(/\.txt$/, "")} ` : ""}${p.gold.slug} [${p.gold.kind}]: ${why}`);
}
if (verbose) {
  console.log("\nField differences on found facts (− gold only, + proposal only):");
  for (const { gold, proposal: p } of pairs) {
    if (!p) continue;
    const diff = (g: string[], q: string[]) => [...g.filter((x) => !q.includes(x)).map((x) => `−${x}`), ...q.filter((x) => !g.includes(x)).map((x) => `+${x}`)].join(" ");
    const out = [
      ["actors", diff(goldActors(gold), [...new Set([...p.slugs, ...(p.speakerSlug ? [p.speakerSlug] : [])])])],
      ["sectors", diff(gold.sectors, p.sectors)],
      ["places", diff(gold.places, p.places)],
      ["speaker", gold.speaker && gold.speaker !== p.speakerSlug ? `${gold.speaker} vs ${p.speakerSlug}` : ""],
      ["status", gold.status && gold.status !== p.agreement?.status ? `${gold.status} vs ${p.agreement?.status ?? "none"}` : ""],
    ].filter(([, d]) => d);
    if (out.length) console.log(`  - ${gold.slug}: ${out.map(([f, d]) => `${f} ${d}`).join("; ")}`);
  }
  console.log("\nProposals matching no gold fact:");
  for (const r of runs) for (const p of r.proposals) if (!goldOf(p).length) console.log(`  - ${r.file.replace(/\.txt$/, "")} [${p.kind}] ${p.date.start ?? "undated"} ${p.title}`);
}

// Timing: a 2,000-word article made of seed paragraphs.
const paragraphs = runs.flatMap((r) => r.text.split(/\n+/)).filter((p) => p.trim());
let article = "";
for (let i = 0; article.split(/\s+/).filter(Boolean).length < 2000; i++) article += `${paragraphs[i % paragraphs.length]}\n`;
article = article.split(/\s+/).slice(0, 2000).join(" ").replace(/([.!?])\s+(?=[A-Z])/g, "$1\n");
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  extractProposals(article, { publishedAt: "2025-01-17" });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`\nTime to extract a 2,000-word article: median ${times[2].toFixed(0)} ms over 5 runs (target < 1000 ms); first seed article, with loading the gazetteer: ${runs[0].ms.toFixed(0)} ms`);
