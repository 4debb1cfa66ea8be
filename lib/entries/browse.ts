import "server-only";
// The browse page in one call: a page of entries, its total, the facet counts and the search
// matches to highlight, from the filters resolved once.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { countView } from "./counts";
import type { Facets } from "./facets";
import { MATCH_END, MATCH_START, splitHighlight, type Highlighted } from "./highlight";
import { entriesByIds } from "./queries";
import { effectiveSort, type EntryListQuery, type EntryPage, type EntrySort } from "./schemas";
import { explainSearch } from "../search/explain";
import { markWhy } from "../search/mark-why";
import type { SearchPlan } from "../search/plan";
import { pageOfIds } from "./page";
import { prepareFilters } from "./search";

export type BrowseResult = EntryPage & {
  facets: Facets;
  sort: EntrySort;
  highlights: Record<string, { title: Highlighted; summary: Highlighted }>;
  /** with q, when few or no entries have every word: how many do (0, 1 or 2) */
  fullMatches: number | null;
};

const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

/** Titles and summaries of a page of entries with the query's matches marked; one query. */
async function highlight(ids: string[], tsQuery: string, plan: SearchPlan | null) {
  const rows = await prisma.$queryRaw<{ id: string; title: string; summary: string }[]>(Prisma.sql`
    SELECT e."id",
      ts_headline('english', e."title", to_tsquery('english', ${tsQuery}), ${HEADLINE_OPTIONS}) AS title,
      ts_headline('english', e."summary", to_tsquery('english', ${tsQuery}), ${HEADLINE_OPTIONS}) AS summary
    FROM "Entry" e WHERE e."id" = ANY(${ids}::text[])`);
  const why = (parts: Highlighted) => (plan ? markWhy(parts, plan) : parts);
  return Object.fromEntries(rows.map((r) => [r.id, { title: why(splitHighlight(r.title)), summary: why(splitHighlight(r.summary)) }]));
}

export async function browseEntries(query: EntryListQuery): Promise<BrowseResult> {
  const prepared = await prepareFilters(query);
  const { tsQuery, search } = prepared;
  // The page's entries and highlights are read as soon as its ids are known, while the count and
  // facets may still run.
  const page = pageOfIds(query, prepared).then(async ({ ids, nextCursor }) => {
    const [data, highlights] = await Promise.all([
      entriesByIds(ids),
      tsQuery && ids.length ? highlight(ids, tsQuery, search) : Promise.resolve({}),
    ]);
    return { data, nextCursor, highlights };
  });
  const [{ data, nextCursor, highlights }, { total, totalIsEstimate, facets }] = await Promise.all([page, countView(prepared)]);
  return {
    data,
    total,
    totalIsEstimate,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor,
    facets,
    sort: effectiveSort(query),
    highlights,
    search: explainSearch(search),
    fullMatches: search?.partial ? (search.fullMatches ?? 0) : null,
  };
}
