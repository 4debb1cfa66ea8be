import "server-only";
import { Prisma } from "../db/generated/client";

/**
 * The browse list's default order (lib/entries/search.ts): by relevance with a query, else newest
 * first with undated entries last, so an export lists entries as the page showed them.
 */
export function browseOrder(tsQuery: string | null): Prisma.Sql {
  return tsQuery
    ? Prisma.sql`ts_rank_cd(public.entry_search_document(e."title", e."summary", e."quote", e."searchNames"), to_tsquery('english', ${tsQuery})) DESC, e."dateStart" DESC NULLS LAST, e."id"`
    : Prisma.sql`e."dateStart" DESC NULLS LAST, e."id"`;
}
