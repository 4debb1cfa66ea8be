import "server-only";
// Changes to actors. A merge moves every spelling, entry role and statement of one actor to the
// other and records exactly what moved, so that undoing it puts each back.
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ConflictError, InvalidRequestError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { recordAudit } from "../audit/audit";
import { claimRowVersion, rowVersion } from "../api/row-version";
import { refreshNamesOf } from "../entries/search-names-refresh";
import { slugify } from "../entries/slug";
import { actorCreateInput, actorDeleteInput, actorMergeInput, actorRestoreInput, actorUnmergeInput, actorUpdateInput } from "./input";

const TX = { maxWait: 20_000, timeout: 20_000 } as const;

/** What a merge moved: enough to put every row back. */
type Moved = {
  nameIds: string[];
  roles: { entryId: string; role: string }[];
  /** roles the target already had in the same entry: dropped from the source, recreated on undo */
  droppedRoles: { entryId: string; role: string }[];
  speakerEntryIds: string[];
};

/** A new actor; analysts create them inline while logging an entry. */
export async function createActor(caller: Caller, input: unknown) {
  requireRole(caller, "analyst");
  const { aliases, ...data } = actorCreateInput.parse(input);
  const base = slugify(data.name);
  return prisma.$transaction(async (tx) => {
    const taken = await tx.actor.count({ where: { slug: { startsWith: base } } });
    const actor = await tx.actor.create({ data: { ...data, slug: taken ? `${base}-${Math.random().toString(36).slice(2, 7)}` : base } });
    const names = [...new Set([data.name, ...aliases])];
    await tx.actorName.createMany({ data: names.map((name) => ({ actorId: actor.id, name })) });
    await recordAudit(tx, caller, { action: "actor.create", outcome: "ok", targetType: "actor", targetId: actor.id, details: { name: data.name } });
    return actor;
  }, TX);
}

/** Edits an actor; spellings left out of `aliases` are removed (the audit log keeps them). */
export async function updateActor(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, reason, aliases, version, ...data } = actorUpdateInput.parse(input);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.actor.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("There is no such actor.");
    await claimRowVersion(tx, "Actor", id, version, () => prisma.actor.findUnique({ where: { id }, include: { names: true } }).then((a) => a && { ...a, version: rowVersion(a) }));
    const before = (await tx.actor.findUnique({ where: { id }, include: { names: true } }))!;
    if (before.mergedIntoId) throw new InvalidRequestError("This actor was merged into another; undo the merge to edit it.");
    const actor = await tx.actor.update({ where: { id }, data });
    if (aliases || data.name) {
      const wanted = new Set([actor.name, ...(aliases ?? before.names.map((n) => n.name))]);
      await tx.actorName.deleteMany({ where: { actorId: id, name: { notIn: [...wanted] } } });
      await tx.actorName.createMany({ data: [...wanted].map((name) => ({ actorId: id, name })), skipDuplicates: true });
      await refreshNamesOf(tx, [{ actorId: id }]);
    }
    await recordAudit(tx, caller, {
      action: "actor.update",
      outcome: "ok",
      targetType: "actor",
      targetId: id,
      details: { reason, before: { name: before.name, kind: before.kind, country: before.country, titles: before.titles, names: before.names.map((n) => n.name) } },
    });
    return actor;
  }, TX);
}

/** Merges a duplicate actor into another, keeping every spelling. Undo with unmergeActors. */
export async function mergeActors(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { fromId, intoId, reason } = actorMergeInput.parse(input);
  return prisma.$transaction(async (tx) => {
    // Lock both rows: two merges of the same actor must not interleave.
    const locked = await tx.$queryRaw<{ id: string; mergedIntoId: string | null; deletedAt: Date | null }[]>`
      SELECT "id", "mergedIntoId", "deletedAt" FROM "Actor" WHERE "id" IN (${fromId}, ${intoId}) ORDER BY "id" FOR UPDATE`;
    if (locked.length !== 2) throw new NotFoundError("One of the two actors does not exist.");
    if (locked.some((a) => a.mergedIntoId)) throw new ConflictError("One of the two actors has already been merged; undo that merge first.");
    // Entries must not end up naming a deleted actor, which no save would then accept.
    if (locked.some((a) => a.deletedAt)) throw new ConflictError("One of the two actors is deleted; restore it first, or merge into another one.");

    const intoNames = new Set((await tx.actorName.findMany({ where: { actorId: intoId } })).map((n) => n.name));
    const fromNames = await tx.actorName.findMany({ where: { actorId: fromId } });
    const movable = fromNames.filter((n) => !intoNames.has(n.name)); // the same spelling already there stays behind
    const intoRoles = new Set((await tx.entryActor.findMany({ where: { actorId: intoId } })).map((r) => `${r.entryId} ${r.role}`));
    const fromRoles = await tx.entryActor.findMany({ where: { actorId: fromId } });
    const moved: Moved = {
      nameIds: movable.map((n) => n.id),
      roles: fromRoles.filter((r) => !intoRoles.has(`${r.entryId} ${r.role}`)).map(({ entryId, role }) => ({ entryId, role })),
      droppedRoles: fromRoles.filter((r) => intoRoles.has(`${r.entryId} ${r.role}`)).map(({ entryId, role }) => ({ entryId, role })),
      speakerEntryIds: (await tx.entry.findMany({ where: { speakerId: fromId }, select: { id: true } })).map((e) => e.id),
    };

    await tx.actorName.updateMany({ where: { id: { in: moved.nameIds } }, data: { actorId: intoId } });
    for (const r of moved.droppedRoles) await tx.entryActor.delete({ where: { entryId_actorId_role: { entryId: r.entryId, actorId: fromId, role: r.role } } });
    await tx.entryActor.updateMany({ where: { actorId: fromId }, data: { actorId: intoId } });
    await tx.entry.updateMany({ where: { id: { in: moved.speakerEntryIds } }, data: { speakerId: intoId } });
    await tx.actor.update({ where: { id: fromId }, data: { mergedIntoId: intoId } });
    const merge = await tx.actorMerge.create({ data: { fromActorId: fromId, intoActorId: intoId, moved, byId: caller.userId || null } });
    // Every entry of either actor is now the kept actor's, with the spellings of both.
    await refreshNamesOf(tx, [{ actorId: intoId }, { actorId: fromId }]);
    await recordAudit(tx, caller, { action: "actor.merge", outcome: "ok", targetType: "actor", targetId: fromId, details: { intoId, mergeId: merge.id, reason } });
    return merge;
  }, TX);
}

/** Puts back everything a merge moved, as far as it is still where the merge left it. */
export async function unmergeActors(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { mergeId, reason } = actorUnmergeInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const [merge] = await tx.$queryRaw<{ id: string; fromActorId: string; intoActorId: string; moved: Moved; undoneAt: Date | null }[]>`
      SELECT "id", "fromActorId", "intoActorId", "moved", "undoneAt" FROM "ActorMerge" WHERE "id" = ${mergeId} FOR UPDATE`;
    if (!merge) throw new NotFoundError("There is no such merge.");
    if (merge.undoneAt) throw new ConflictError("This merge has already been undone.");
    const { fromActorId: fromId, intoActorId: intoId, moved } = merge;

    await tx.actorName.updateMany({ where: { id: { in: moved.nameIds }, actorId: intoId }, data: { actorId: fromId } });
    for (const r of moved.roles) {
      await tx.entryActor.updateMany({ where: { entryId: r.entryId, actorId: intoId, role: r.role }, data: { actorId: fromId } });
    }
    await tx.entryActor.createMany({ data: moved.droppedRoles.map((r) => ({ ...r, actorId: fromId })), skipDuplicates: true });
    await tx.entry.updateMany({ where: { id: { in: moved.speakerEntryIds }, speakerId: intoId }, data: { speakerId: fromId } });
    await tx.actor.update({ where: { id: fromId }, data: { mergedIntoId: null } });
    await tx.actorMerge.update({ where: { id: mergeId }, data: { undoneAt: new Date(), undoneById: caller.userId || null } });
    await refreshNamesOf(tx, [{ actorId: fromId }, { actorId: intoId }]);
    await recordAudit(tx, caller, { action: "actor.unmerge", outcome: "ok", targetType: "actor", targetId: fromId, details: { intoId, mergeId, reason } });
  }, TX);
}

/** The non-deleted entries that still involve an actor, as a participant or a statement's speaker. */
async function liveEntriesOf(tx: Prisma.TransactionClient, actorId: string): Promise<{ id: string; slug: string; title: string }[]> {
  return tx.$queryRaw<{ id: string; slug: string; title: string }[]>`
    SELECT e."id", e."slug", e."title" FROM "Entry" e
    WHERE e."deletedAt" IS NULL
      AND (e."speakerId" = ${actorId} OR EXISTS (SELECT 1 FROM "EntryActor" ea WHERE ea."entryId" = e."id" AND ea."actorId" = ${actorId}))
    ORDER BY e."slug"`;
}

/**
 * Takes an actor out of the record's pickers, suggestions, search and pages. Reversible:
 * restoreActor brings it back with every spelling. Refused while a non-deleted entry involves it.
 */
export async function deleteActor(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, reason, version } = actorDeleteInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Actor" WHERE "id" = ${id} FOR UPDATE`;
    if (!locked) throw new NotFoundError("There is no such actor.");
    await claimRowVersion(tx, "Actor", id, version, () => prisma.actor.findUnique({ where: { id }, include: { names: true } }).then((a) => a && { ...a, version: rowVersion(a) }));
    const before = (await tx.actor.findUnique({ where: { id } }))!;
    if (before.deletedAt) throw new InvalidRequestError("This actor is already deleted.");
    if (before.mergedIntoId) throw new InvalidRequestError("This actor was merged into another; undo the merge first if it should be deleted.");
    const using = await liveEntriesOf(tx, id);
    if (using.length) {
      throw new ConflictError(
        `${before.name} is still an actor in ${using.length} ${using.length === 1 ? "entry" : "entries"}: merge it into another actor, or remove it from ${using.length === 1 ? "this entry" : `these ${using.length} entries`} first.`,
        { entries: using.slice(0, 50).map((e) => e.slug), entryTitles: using.slice(0, 50).map((e) => e.title), entryCount: using.length },
      );
    }
    const actor = await tx.actor.update({ where: { id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, caller, { action: "actor.delete", outcome: "ok", targetType: "actor", targetId: id, details: { reason, name: before.name } });
    return actor;
  }, TX);
}

/** Brings a deleted actor back as it was, with every spelling. */
export async function restoreActor(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, reason, version } = actorRestoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Actor" WHERE "id" = ${id} FOR UPDATE`;
    if (!locked) throw new NotFoundError("There is no such actor.");
    await claimRowVersion(tx, "Actor", id, version, () => prisma.actor.findUnique({ where: { id }, include: { names: true } }).then((a) => a && { ...a, version: rowVersion(a) }));
    const before = (await tx.actor.findUnique({ where: { id } }))!;
    if (!before.deletedAt) throw new InvalidRequestError("This actor is not deleted.");
    const actor = await tx.actor.update({ where: { id }, data: { deletedAt: null } });
    await recordAudit(tx, caller, { action: "actor.restore", outcome: "ok", targetType: "actor", targetId: id, details: { reason, name: before.name } });
    return actor;
  }, TX);
}
