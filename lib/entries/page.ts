import "server-only";
// One page of matching entry ids, in an order that stops early however many entries match:
// - date orders walk "Entry_browse_newest_idx" / "Entry_browse_oldest_idx" with the filters applied
//   and stop after the page; a cursor (keyset: the last entry's date and id) starts the walk where
//   the previous page ended, so page 5,000 costs what page 1 does;
// - relevance ranks a few matches (RANK_ALL_MATCHES) with ts_rank_cd in one pass; more, it re-ranks a
//   bounded candidate set with ts_rank_cd: the RELEVANCE_CANDIDATES best matches
//   by a cheap first pass, and matches past them follow in that pass's order. For a narrow search the
//   first pass ranks every match with ts_rank (from the search index); for a broad one it takes the
//   newest matches along the date index. A broad search thus ranks 1,000 documents, not 130,000, and
//   ts_rank_cd (several times the cost of ts_rank per entry) never runs on more than 1,000 of them. Walking the
//   date index to 1,000 matches reads about 1,000 × (entries ÷ matches) rows, ranking every match
//   reads the matches, so the glimpse's estimate (lib/entries/counts.ts) picks the smaller: every
//   match below √(1,000 × entries) of them (about 32,000 in a million).
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { readWith } from "../db/client";
import { broadRead } from "../db/broad-read";
import { effectiveSort, type EntryListQuery, type EntrySort } from "./schemas";
import { candidateOrder, orderBy, whereClause, type PreparedFilters } from "./search";
import { glimpsedMatches, rolledUpTotal } from "./counts";

export const RELEVANCE_CANDIDATES = 1000;
/**
 * Up to about this many matches (by the glimpse), relevance ranks every match with ts_rank_cd in one
 * pass, every page alike: picking 1,000 candidates first costs a second rank of each and a sort that
 * carries their search documents. At 100,000 entries "Tsiviliov" (972 matches) took 5.8 ms in one
 * pass against 9.7 in two; at 2,424 matches both took 23.5 ms, and at 9,613 two passes won (36
 * against 48 ms). A wrong guess costs time only: one pass gives every page of the view in the same
 * order, however many match.
 */
export const RANK_ALL_MATCHES = 1500;

type Cursor = { s: "newest" | "oldest"; d: string | null; i: string } | { s: "relevance"; o: number };

const cursorSchema = z.union([
  z.object({ s: z.enum(["newest", "oldest"]), d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), i: z.string().min(1).max(100) }),
  z.object({ s: z.literal("relevance"), o: z.number().int().min(0).max(10_000_000) }),
]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor of a request, checked against the order it asks for; a ZodError (400) when it is not ours. */
export function decodeCursor(text: string, sort: EntrySort): Cursor {
  const invalid = (message: string) => new z.ZodError([{ code: "custom", path: ["cursor"], message, input: text }]);
  let parsed: Cursor;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
  } catch {
    throw invalid("not a cursor this API gave: use the nextCursor of the previous answer, unchanged");
  }
  if (parsed.s !== sort) throw invalid(`this cursor continues sort=${parsed.s}: keep the sort of the request that gave it`);
  return parsed;
}

/** The order a page is in: relevance only when there are words to rank by. */
function pageOrder(query: EntryListQuery, prepared: PreparedFilters): EntrySort {
  const sort = effectiveSort(query);
  if (sort === "relevance") return prepared.search ? "relevance" : "newest";
  return sort;
}

const dateOrder = (sort: "newest" | "oldest") =>
  sort === "oldest" ? Prisma.sql`e."dateStart" ASC NULLS LAST, e."id"` : Prisma.sql`e."dateStart" DESC NULLS LAST, e."id"`;

/** dateOrder read from its end: the browse indexes scanned backwards. */
const reverseDateOrder = (sort: "newest" | "oldest") =>
  sort === "oldest" ? Prisma.sql`e."dateStart" DESC NULLS FIRST, e."id" DESC` : Prisma.sql`e."dateStart" ASC NULLS FIRST, e."id" DESC`;

type Row = { id: string; dateStart: Date | null };
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * How the page of a search or an actor is read, from the glimpse's estimate of its matches
 * (lib/entries/counts.ts):
 * - rankWhole: relevance ranks every match (few of them) rather than the newest candidates;
 * - walk: the page walks the date index, testing each entry against the search and the actor, and
 *   stops once it has the page (or the candidates). That reads about rows × (visible ÷ matches)
 *   entries, against every match for the search index or the actor's links; the walk wins for a
 *   broad view.
 */
export type PageStrategy = { rankWhole: boolean; walk: boolean; rankAll?: boolean; total?: number | null };

/**
 * From this many entries in (by page number, in a date order), a page of a view the rollups count
 * exactly is read from whichever end of the order is nearer: the last of a million entries' 48,002
 * pages skipped 960,000 index entries (150–180 ms), where from the end it skips 11.
 */
export function deepPageOffset(): number {
  const fromEnv = Number(process.env.RECORD_DEEP_PAGE);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 1_000;
}

export async function pageStrategy(query: EntryListQuery, prepared: PreparedFilters): Promise<PageStrategy> {
  const deep = !query.cursor && pageOrder(query, prepared) !== "relevance" && (query.page - 1) * query.pageSize >= deepPageOffset();
  // An actor's entries are read from its links unless it has thousands (then the date index is walked).
  if (!prepared.search && !prepared.actorIds?.length) return { rankWhole: false, walk: false, total: deep ? await rolledUpTotal(prepared) : null };
  // The walk reads visible entries (the index is partial over them) until it has what it needs.
  const { matches, visible } = await glimpsedMatches(prepared);
  if (prepared.search && pageOrder(query, prepared) === "relevance") {
    const rankWhole = matches * matches < RELEVANCE_CANDIDATES * visible;
    // Candidates ordered by how many words they have (some words asked for) cannot follow the date index.
    return { rankWhole, rankAll: rankWhole && matches <= RANK_ALL_MATCHES, walk: !rankWhole && !(prepared.search.partial && prepared.search.some) };
  }
  const rows = query.cursor ? query.pageSize : query.page * query.pageSize;
  return { rankWhole: false, walk: matches * matches > rows * visible, total: deep ? await rolledUpTotal(prepared) : null };
}

/** The page queries for a request (exported for the benchmark's EXPLAIN). */
export function pageQueries(query: EntryListQuery, prepared: PreparedFilters, { rankWhole, rankAll, walk, total }: PageStrategy = { rankWhole: false, walk: false }): Prisma.Sql[] {
  const sort = pageOrder(query, prepared);
  const where = whereClause(prepared, undefined, { alongDates: walk });
  const size = query.pageSize;
  const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;

  if (sort === "relevance" && prepared.search) {
    const offset = cursor?.s === "relevance" ? cursor.o : (query.page - 1) * size;
    if (rankAll) {
      return [Prisma.sql`
        SELECT e."id", e."dateStart" FROM "Entry" e WHERE ${where}
        ORDER BY ${orderBy("relevance", prepared.search)} LIMIT ${size} OFFSET ${offset}`];
    }
    // The candidates, and what follows them past RELEVANCE_CANDIDATES, in one order: the cheap rank
    // when every match is ranked, else newest first (after the clauses matched, for partial matches).
    const order = rankWhole
      ? orderBy("relevance", prepared.search, { cheap: true })
      : Prisma.sql`${candidateOrder(prepared.search)}${dateOrder("newest")}`;
    // Ranking every match carries only what the re-ranking reads through its sort: the id, the date
    // and the search document. Sorting the ids alone and reading the 1,000 kept again by id cost
    // "Tsiviliov" (972 matches at 100,000 entries) 25 ms against 16 in psql, one index lookup each.
    // A walk along the date index has read each candidate's row already, and keeps it.
    const candidates = rankWhole
      ? Prisma.sql`(SELECT e."id", e."dateStart", e."searchDocument" FROM "Entry" e WHERE ${where} ORDER BY ${order} LIMIT ${RELEVANCE_CANDIDATES}) e`
      : Prisma.sql`(SELECT e.* FROM "Entry" e WHERE ${where} ORDER BY ${order} LIMIT ${RELEVANCE_CANDIDATES}) e`;
    const queries: Prisma.Sql[] = [];
    if (offset < RELEVANCE_CANDIDATES) {
      queries.push(Prisma.sql`
        SELECT e."id", e."dateStart" FROM ${candidates}
        ORDER BY ${orderBy("relevance", prepared.search)}
        LIMIT ${Math.min(size, RELEVANCE_CANDIDATES - offset)} OFFSET ${offset}`);
    }
    if (offset + size > RELEVANCE_CANDIDATES) {
      const from = Math.max(offset, RELEVANCE_CANDIDATES);
      queries.push(Prisma.sql`
        SELECT e."id", e."dateStart" FROM "Entry" e WHERE ${where}
        ORDER BY ${order} LIMIT ${offset + size - from} OFFSET ${from}`);
    }
    return queries;
  }

  const dated = sort === "oldest" ? "oldest" : "newest";
  if (!cursor || cursor.s === "relevance") {
    const offset = (query.page - 1) * size;
    // Past the middle of an exactly counted view, the page is read from the end (the same index
    // backwards) and put back in order.
    if (total != null && offset > total / 2) {
      if (offset >= total) return [];
      const rows = Math.min(size, total - offset);
      return [Prisma.sql`
        SELECT e."id", e."dateStart" FROM (
          SELECT e."id", e."dateStart" FROM "Entry" e WHERE ${where}
          ORDER BY ${reverseDateOrder(dated)} LIMIT ${rows} OFFSET ${total - offset - rows}) e
        ORDER BY ${dateOrder(dated)}`];
    }
    return [Prisma.sql`
      SELECT e."id", e."dateStart" FROM "Entry" e WHERE ${where}
      ORDER BY ${dateOrder(dated)} LIMIT ${size} OFFSET ${offset}`];
  }
  // Keyset: entries after (d, i) in the order, undated ones last. The dated part starts the index
  // walk at d (a range condition, not a filter); the undated part follows in id order.
  const undated = Prisma.sql`
    SELECT e."id", e."dateStart" FROM "Entry" e WHERE ${where} AND e."dateStart" IS NULL
    ${cursor.d === null ? Prisma.sql`AND e."id" > ${cursor.i}` : Prisma.empty}
    ORDER BY e."id" LIMIT ${size}`;
  if (cursor.d === null) return [undated];
  const after =
    dated === "newest"
      ? Prisma.sql`e."dateStart" <= ${cursor.d}::date AND (e."dateStart" < ${cursor.d}::date OR e."id" > ${cursor.i})`
      : Prisma.sql`e."dateStart" >= ${cursor.d}::date AND (e."dateStart" > ${cursor.d}::date OR e."id" > ${cursor.i})`;
  return [
    Prisma.sql`SELECT e."id", e."dateStart" FROM "Entry" e WHERE ${where} AND ${after} ORDER BY ${dateOrder(dated)} LIMIT ${size}`,
    undated,
  ];
}

/**
 * Runs a page query with the plans that do not fit a page switched off, for this one statement:
 * - parallel workers, always: a page reads at most a few tens of thousands of matches, and PostgreSQL,
 *   guessing 45,000 matches for 9,600, sent the first pass of a narrow search to two workers that
 *   started after the leader had done most of the work: 100 ms instead of 32 at a million entries;
 * - with `walk`, the plans that read every match. PostgreSQL's guess at how many entries match a
 *   search can be off by tens of times (a phrase, a prefix, spellings that go together), and a guess
 *   of 7,000 for 130,000 matches made it read all 130,000 through the search index and sort them:
 *   1 s instead of 60 ms. The glimpse counted them, so the walk along the date index is kept.
 * Without `walk` the page reads its matches through a bitmap, which gets a broad read's room
 * (lib/db/broad-read.ts): "gas pipeline" since 15 January 2024, 9,937 matches in a million, went
 * lossy at 4 MB and re-tested 185,000 rows (390 ms, against 165 ms).
 */
async function pageRows(sql: Prisma.Sql, walk: boolean): Promise<Row[]> {
  if (!walk) return broadRead<Row>(sql, { serial: true });
  return readWith<Row>(
    `SELECT set_config('max_parallel_workers_per_gather', '0', true), set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)`,
    sql,
  );
}

/** A page of ids and the cursor that continues after it (null when nothing follows). */
export async function pageOfIds(query: EntryListQuery, prepared: PreparedFilters): Promise<{ ids: string[]; nextCursor: string | null }> {
  const sort = pageOrder(query, prepared);
  const rows: Row[] = [];
  // Run in order and stop once the page is full: the second query (undated entries, or matches past
  // the relevance candidates) is only needed when the first does not fill the page.
  const strategy = await pageStrategy(query, prepared);
  for (const sql of pageQueries(query, prepared, strategy)) {
    if (rows.length >= query.pageSize) break;
    rows.push(...(await pageRows(sql, strategy.walk)));
  }
  const page = rows.slice(0, query.pageSize);
  if (page.length < query.pageSize) return { ids: page.map((r) => r.id), nextCursor: null };
  const last = page[page.length - 1];
  let next: Cursor;
  if (sort === "relevance") {
    const cursor = query.cursor ? decodeCursor(query.cursor, sort) : null;
    const offset = cursor?.s === "relevance" ? cursor.o : (query.page - 1) * query.pageSize;
    next = { s: "relevance", o: offset + query.pageSize };
  } else {
    next = { s: sort === "oldest" ? "oldest" : "newest", d: day(last.dateStart), i: last.id };
  }
  return { ids: page.map((r) => r.id), nextCursor: encodeCursor(next) };
}
