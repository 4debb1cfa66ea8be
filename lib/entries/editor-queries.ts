import "server-only";
// What the editor pages read: drafts and entries in review included, unlike the read side.
import { prisma } from "../db/client";
import { loadSnapshot } from "../revisions/snapshot";

export async function getEntryForEdit(slug: string) {
  const entry = await prisma.entry.findUnique({ where: { slug }, select: { id: true, createdById: true, createdBy: { select: { name: true } } } });
  if (!entry) return null;
  const snapshot = await prisma.$transaction((tx) => loadSnapshot(tx, entry.id));
  if (!snapshot) return null;
  // Names of the actors and sources it refers to, for the pickers to show.
  const actorIds = [...snapshot.actors.map((a) => a.actorId), ...(snapshot.statement ? [snapshot.statement.speakerId] : [])];
  const sourceIds = [...snapshot.citations.map((c) => c.sourceId), ...(snapshot.agreement?.steps.flatMap((s) => (s.sourceId ? [s.sourceId] : [])) ?? [])];
  const [actors, sources] = await Promise.all([
    prisma.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    prisma.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true } }),
  ]);
  return {
    snapshot,
    createdById: entry.createdById,
    author: entry.createdBy?.name ?? null,
    names: {
      actors: Object.fromEntries(actors.map((a) => [a.id, a.name])),
      sources: Object.fromEntries(sources.map((s) => [s.id, s.title])),
    },
  };
}

const listSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  state: true,
  version: true,
  updatedAt: true,
  reviewNote: true,
  createdBy: { select: { name: true } },
} as const;

/** /review: entries waiting for an editor, oldest first (index Entry(state, deletedAt, updatedAt)). */
export function reviewQueue() {
  return prisma.entry.findMany({ where: { state: "in_review", deletedAt: null }, orderBy: { updatedAt: "asc" }, select: listSelect, take: 200 });
}

/** An author's drafts and entries in review (index Entry(createdById, state)). */
export function draftsOf(userId: string) {
  return prisma.entry.findMany({
    where: { createdById: userId, state: { in: ["draft", "in_review"] }, deletedAt: null },
    orderBy: { updatedAt: "desc" },
    select: listSelect,
    take: 200,
  });
}

/** All drafts, for editors. */
export function allDrafts() {
  return prisma.entry.findMany({ where: { state: "draft", deletedAt: null }, orderBy: { updatedAt: "desc" }, select: listSelect, take: 200 });
}

/** Deleted entries, newest deletion first (index Entry(deletedAt)). */
export function deletedEntries() {
  return prisma.entry.findMany({ where: { deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, select: { ...listSelect, deletedAt: true }, take: 200 });
}

/** Id, slug, title and version by slug, in any state: history and edit pages. */
export function entryHeader(slug: string) {
  return prisma.entry.findUnique({ where: { slug }, select: { ...listSelect, deletedAt: true, createdById: true } });
}
