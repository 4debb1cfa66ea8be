import "server-only";
// Facet counts for the browse page: how many entries each sector, kind and agreement status would
// give with the other filters as they are. Each dimension leaves its own filter out, so a reader
// sees what adding a second sector, or switching kind, would give.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS, type AgreementStatus, type EntryKind, type Sector } from "./schemas";
import { whereClause, type PreparedFilters } from "./search";

export type Facets = {
  sector: Record<Sector, number>;
  kind: Record<EntryKind, number>;
  status: Record<AgreementStatus, number>;
};

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

async function counts(sql: Prisma.Sql): Promise<Map<string, number>> {
  const rows = await prisma.$queryRaw<{ value: string; n: bigint }[]>(sql);
  return new Map(rows.map((r) => [r.value, Number(r.n)]));
}

/** The three facet queries (exported for the benchmark's EXPLAIN). */
export function facetSql(prepared: PreparedFilters): { sector: Prisma.Sql; kind: Prisma.Sql; status: Prisma.Sql } {
  // Index-only over "Entry_browse_newest_idx" (it includes kind, sectors and status) when no
  // full-text or actor filter narrows the set first.
  return {
    sector: Prisma.sql`
      SELECT s::text AS value, count(*) AS n
      FROM "Entry" e CROSS JOIN LATERAL unnest(e."sectors") AS s
      WHERE ${whereClause(prepared, "sector")}
      GROUP BY s`,
    kind: Prisma.sql`
      SELECT e."kind"::text AS value, count(*) AS n FROM "Entry" e
      WHERE ${whereClause(prepared, "kind")}
      GROUP BY e."kind"`,
    status: Prisma.sql`
      SELECT e."status"::text AS value, count(*) AS n FROM "Entry" e
      WHERE ${whereClause(prepared, "status")} AND e."status" IS NOT NULL
      GROUP BY e."status"`,
  };
}

export async function entryFacets(prepared: PreparedFilters): Promise<Facets> {
  const sql = facetSql(prepared);
  const [sector, kind, status] = await Promise.all([counts(sql.sector), counts(sql.kind), counts(sql.status)]);
  const fill = <K extends string>(keys: readonly K[], found: Map<string, number>) => {
    const out = zeros(keys);
    for (const key of keys) out[key] = found.get(key) ?? 0;
    return out;
  };
  return { sector: fill(SECTORS, sector), kind: fill(ENTRY_KINDS, kind), status: fill(AGREEMENT_STATUSES, status) };
}
