import "server-only";
// Editors keep the thesaurus: add, change, delete (reversibly) and restore synonym sets. Every
// change is audited in its transaction; a change carries the version it started from, so two
// editors cannot overwrite each other's edit unseen.
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ConflictError, InvalidRequestError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { recordAudit } from "../audit/audit";
import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { synonymCreateInput, synonymDeleteInput, synonymRestoreInput, synonymUpdateInput } from "./input";

const columns = { id: true, terms: true, version: true, deletedAt: true } as const;

/** Moves a set from `version` on, or says what happened meanwhile. */
async function claim(tx: Prisma.TransactionClient, id: string, version: number, data: Prisma.SynonymSetUpdateManyMutationInput) {
  const { count } = await tx.synonymSet.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 1) return;
  const current = await tx.synonymSet.findUnique({ where: { id }, select: columns });
  if (!current) throw new NotFoundError("There is no such synonym set.");
  throw new ConflictError("Someone changed this set meanwhile: reload the page to see it, then make your change again.", { current });
}

export async function createSynonymSet(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { terms } = synonymCreateInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const set = await tx.synonymSet.create({ data: { terms }, select: columns });
    await recordAudit(tx, caller, { action: "synonym.create", outcome: "ok", targetType: "synonym-set", targetId: set.id, details: { terms } });
    return set;
  });
}

export async function updateSynonymSet(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, terms, version } = synonymUpdateInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.synonymSet.findUnique({ where: { id }, select: columns });
    if (!before) throw new NotFoundError("There is no such synonym set.");
    await claim(tx, id, version, { terms });
    await recordAudit(tx, caller, { action: "synonym.update", outcome: "ok", targetType: "synonym-set", targetId: id, details: { before: before.terms, after: terms } });
    return tx.synonymSet.findUniqueOrThrow({ where: { id }, select: columns });
  });
}

/** Takes a set out of searches; restoreSynonymSet brings it back. */
export async function deleteSynonymSet(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, version } = synonymDeleteInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.synonymSet.findUnique({ where: { id }, select: columns });
    if (!before) throw new NotFoundError("There is no such synonym set.");
    if (before.deletedAt) throw new InvalidRequestError("This set is already deleted.");
    await claim(tx, id, version, { deletedAt: new Date() });
    await recordAudit(tx, caller, { action: "synonym.delete", outcome: "ok", targetType: "synonym-set", targetId: id, details: { terms: before.terms } });
    return tx.synonymSet.findUniqueOrThrow({ where: { id }, select: columns });
  });
}

export async function restoreSynonymSet(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id } = synonymRestoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const before = await tx.synonymSet.findUnique({ where: { id }, select: columns });
    if (!before) throw new NotFoundError("There is no such synonym set.");
    if (!before.deletedAt) throw new InvalidRequestError("This set is not deleted.");
    await claim(tx, id, before.version, { deletedAt: null });
    await recordAudit(tx, caller, { action: "synonym.restore", outcome: "ok", targetType: "synonym-set", targetId: id, details: { terms: before.terms } });
    return tx.synonymSet.findUniqueOrThrow({ where: { id }, select: columns });
  });
}
