import "server-only";
import { prisma } from "../db/client";
import { changedFields, referencedIds, type FieldChange, type NameLookup } from "./diff";
import type { EntrySnapshot } from "./types";

export type HistoryItem = {
  version: number;
  action: string;
  reason: string;
  author: string | null;
  createdAt: Date;
  /** editorial state after this revision */
  state: EntrySnapshot["state"];
  changes: FieldChange[];
};

async function nameLookup(snapshots: Partial<EntrySnapshot>[]): Promise<NameLookup> {
  const ids = referencedIds(snapshots);
  const [actors, sources] = await Promise.all([
    prisma.actor.findMany({ where: { id: { in: [...ids.actors] } }, select: { id: true, name: true } }),
    prisma.source.findMany({ where: { id: { in: [...ids.sources] } }, select: { id: true, title: true } }),
  ]);
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  const sourceTitles = new Map(sources.map((s) => [s.id, s.title]));
  return {
    actor: (id) => actorNames.get(id) ?? `unknown actor ${id}`,
    source: (id) => sourceTitles.get(id) ?? `unknown source ${id}`,
  };
}

/** An entry's history, newest first, each revision with what it changed field by field. Three queries. */
export async function entryHistory(entryId: string): Promise<HistoryItem[]> {
  const revisions = await prisma.revision.findMany({
    where: { entryId },
    orderBy: { version: "asc" },
    include: { author: { select: { name: true } } },
  });
  const snapshots = revisions.map((r) => r.snapshot as unknown as EntrySnapshot);
  const names = await nameLookup(snapshots);
  return revisions
    .map((r, i) => ({
      version: r.version,
      action: r.action,
      reason: r.reason,
      author: r.author?.name ?? null,
      createdAt: r.createdAt,
      state: snapshots[i].state,
      changes: changedFields(i === 0 ? null : snapshots[i - 1], snapshots[i], names),
    }))
    .reverse();
}

export type Correction = { version: number; date: Date; reason: string; fields: string[] };

/**
 * The public corrections log of a published entry: changes made after it was first published,
 * with when, why and which fields (not who: analysts' names stay internal).
 */
export async function correctionsLog(entryId: string): Promise<Correction[]> {
  const history = await entryHistory(entryId);
  const firstPublished = Math.min(...history.filter((h) => h.state === "published").map((h) => h.version));
  return history
    .filter((h) => h.version > firstPublished && ["update", "revert"].includes(h.action) && h.changes.length > 0)
    .map((h) => ({ version: h.version, date: h.createdAt, reason: h.reason, fields: h.changes.map((c) => c.label) }));
}
