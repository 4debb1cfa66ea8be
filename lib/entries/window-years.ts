import "server-only";
// A search inside a date window also asks the search index for the window's years. Every dated
// entry's search document holds the years its date covers (record_date_words, migration
// *_search_document_dates), so "gas pipeline" since 15 January 2024 can ask the index for
// 'gas' & 'pipelin' & ('2024' | '2025' | '2026'): it then skips through the posting lists from the
// year's few entries instead of reading all 135,000 entries with both words of a million, and the
// window's exact test runs on 10,700 rows, not 135,000 (the count of that view 88 ms against 205).
// The years only narrow what the exact date test (whereClause) then checks, so an entry's mention
// of "2024" in its text does no harm.
import { prisma } from "../db/client";
import type { EntryFilterInput } from "./search";

/** A window over more years than this asks the index for too many posting lists to gain. */
export const MAX_WINDOW_YEARS = 10;
/** record_date_words writes at most this many years of a range, from its first. */
const YEARS_WRITTEN = 50;

type Span = { first: number; last: number };

/**
 * The years an entry in the window must hold as a word, as tsquery text ("2024 | 2025 | 2026"), or
 * null when they would not narrow the search. `span` is the first and last year that visible
 * entries start in. An entry overlapping the window from year A to B starts in or before B and ends
 * in or after A, so its document holds max(A, its first year), unless its range began more than
 * YEARS_WRITTEN years before A (the function cuts long ranges): then no years are asked for.
 */
export function windowYearWords(query: Pick<EntryFilterInput, "from" | "to">, span: Span | null): string | null {
  if (!span || (!query.from && !query.to)) return null;
  const yearOf = (day: string) => Number(day.slice(0, 4));
  const from = query.from ? Math.max(yearOf(query.from), span.first) : span.first;
  const to = query.to ? Math.min(yearOf(query.to), span.last) : span.last;
  if (to < from || to - from + 1 > MAX_WINDOW_YEARS || span.first <= from - YEARS_WRITTEN) return null;
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).join(" | ");
}

/**
 * Whether a date window fills at least a quarter of the years its search asks the index for. Then the
 * window's own test is best left to each of the search's matches: the window's index would add every
 * entry of the window to a bitmap only to drop a few of them ("gas pipeline" since 15 January 2024 at
 * a million entries: 74,000 entries of the window to keep 9,900 of 10,700 matches, its count 79–96 ms
 * against 35 ms; the first half of 2024, 29 against 21 ms). For a narrower window the index pays
 * (March 2024: 20 against 22 ms), and more so as the search is broader.
 */
export function windowFillsItsYears(query: Pick<EntryFilterInput, "from" | "to">, windowYears: string): boolean {
  const years = windowYears.split("|").map(Number);
  const first = Date.UTC(Math.min(...years), 0, 1);
  const last = Date.UTC(Math.max(...years), 11, 31);
  const from = query.from ? Math.max(Date.parse(query.from), first) : first;
  const to = query.to ? Math.min(Date.parse(query.to), last) : last;
  return (to - from) / (last - first) >= 1 / 4;
}

/** The years visible dated entries start in (two index probes: Entry_browse_oldest_idx from each end). */
async function visibleYearSpan(): Promise<Span | null> {
  const [row] = await prisma.$queryRaw<{ first: number | null; last: number | null }[]>`
    SELECT extract(year FROM min(e."dateStart"))::int AS first, extract(year FROM max(e."dateStart"))::int AS last
    FROM "Entry" e WHERE e."state" = 'published' AND e."deletedAt" IS NULL`;
  return row?.first != null && row.last != null ? { first: row.first, last: row.last } : null;
}

/**
 * windowYearWords for a search with a date window; null otherwise. The span is the published
 * record's: whereClause asks for the years only in views of it, not in an editor's scope.
 */
export async function searchWindowYears(query: EntryFilterInput): Promise<string | null> {
  if (!query.q || (!query.from && !query.to)) return null;
  return windowYearWords(query, await visibleYearSpan());
}
