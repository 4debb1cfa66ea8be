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

/** How many entries an editorial list shows; its total says how many there are. */
export const LISTED = 200;

type Where = NonNullable<Parameters<typeof prisma.entry.findMany>[0]>["where"];
type Order = NonNullable<Parameters<typeof prisma.entry.findMany>[0]>["orderBy"];

/** The first LISTED entries of a list and how many it holds (a 100,000-row import of drafts is one list). */
async function listed(where: Where, orderBy: Order) {
  const [rows, total] = await Promise.all([prisma.entry.findMany({ where, orderBy, select: listSelect, take: LISTED }), prisma.entry.count({ where })]);
  return { rows, total };
}

/** /review: entries waiting for an editor, oldest first (index Entry(state, deletedAt, updatedAt)). */
export function reviewQueue() {
  return listed({ state: "in_review", deletedAt: null }, { updatedAt: "asc" });
}

/** An author's drafts and entries in review (index Entry(createdById, state)). */
export function draftsOf(userId: string) {
  return listed({ createdById: userId, state: { in: ["draft", "in_review"] }, deletedAt: null }, { updatedAt: "desc" });
}

/** All drafts, for editors. */
export function allDrafts() {
  return listed({ state: "draft", deletedAt: null }, { updatedAt: "desc" });
}

/** Deleted entries, newest deletion first (index Entry(deletedAt)). */
export function deletedEntries() {
  return listed({ deletedAt: { not: null } }, { deletedAt: "desc" });
}

/** Id, slug, title and version by slug, in any state: history and edit pages. */
export function entryHeader(slug: string) {
  return prisma.entry.findUnique({ where: { slug }, select: { ...listSelect, deletedAt: true, createdById: true } });
}
