import "server-only";
// What a token's owner may edit, read through the API: their own drafts and entries in review,
// and for editors every draft, every entry in review and every deleted entry. The list goes
// through the one query path (lib/entries/search.ts) with the visibility swapped for this scope.
import { entryStateParam, type EntryStateFilter } from "./editable-state";
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import type { Caller } from "../auth/caller";
import { ForbiddenError } from "../auth/errors";
import { hasRole } from "../auth/roles";
import { entriesByIds, entryInclude, toEntry } from "./queries";
import { prepareFilters } from "./search";
import { pageOfIds } from "./page";
import { countTotal } from "./counts";
import type { Entry, EntryListQuery, EntryPage } from "./schemas";

export { entryStateParam, type EntryStateFilter };

/** An entry as its editors see it: the public shape plus where it is in review, and whether it is deleted. */
export type EditableEntry = Entry & { state: "draft" | "in_review" | "published"; deleted: boolean };

/** The rows of `state` the caller may read; analysts see their own, editors all; deleted entries are the editors'. */
function scopeSql(caller: Caller, state: Exclude<EntryStateFilter, "published">): Prisma.Sql {
  const editor = hasRole(caller.role, "editor");
  if (state === "deleted") {
    if (!editor) throw new ForbiddenError("Deleted entries are listed for editors only.");
    return Prisma.sql`e."deletedAt" IS NOT NULL`;
  }
  const own = editor ? Prisma.sql`TRUE` : Prisma.sql`e."createdById" = ${caller.userId}`;
  return Prisma.sql`e."state" = ${state}::"EntryState" AND e."deletedAt" IS NULL AND ${own}`;
}

export async function listEditableEntries(caller: Caller, state: Exclude<EntryStateFilter, "published">, query: EntryListQuery): Promise<EntryPage & { data: EditableEntry[] }> {
  const prepared = { ...(await prepareFilters(query)), scope: scopeSql(caller, state) };
  const [{ ids, nextCursor }, { total, totalIsEstimate }] = await Promise.all([pageOfIds(query, prepared), countTotal(prepared)]);
  const [entries, states] = await Promise.all([
    entriesByIds(ids),
    prisma.entry.findMany({ where: { id: { in: ids } }, select: { id: true, state: true, deletedAt: true } }),
  ]);
  const byId = new Map(states.map((s) => [s.id, s]));
  return {
    data: entries.map((e) => ({ ...e, state: byId.get(e.id)!.state, deleted: !!byId.get(e.id)!.deletedAt })),
    total,
    totalIsEstimate,
    page: query.page,
    pageSize: query.pageSize,
    nextCursor,
  };
}

/** One entry by id or permalink, whatever its state, when the caller may edit (or restore) it; null otherwise. */
export async function getEditableEntry(caller: Caller, idOrSlug: string): Promise<EditableEntry | null> {
  const row = await prisma.entry.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, include: entryInclude });
  if (!row) return null;
  const editor = hasRole(caller.role, "editor");
  const mayRead = editor || (row.createdById === caller.userId && !row.deletedAt);
  return mayRead ? { ...toEntry(row), state: row.state, deleted: !!row.deletedAt } : null;
}
