import "server-only";
import { prisma } from "../db/client";
import { parsePartialDate } from "../dates/partial-date";
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ConflictError, ForbiddenError, InvalidRequestError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { hasRole } from "../auth/roles";
import { recordAudit } from "../audit/audit";
import { claimRowVersion, rowVersion } from "../api/row-version";
import { sourceCreateInput, sourceDeleteInput, sourceRestoreInput, sourceUpdateInput } from "./input";

function dateColumns(publishedAt: string | null | undefined) {
  if (publishedAt === undefined) return {};
  const date = publishedAt ? parsePartialDate(publishedAt) : null;
  return { publishedAt: date?.start ?? null, publishedPrecision: date?.precision ?? ("unknown" as const) };
}

/** A new source. Analysts add sources as they log entries; grading them is for editors. */
export async function createSource(caller: Caller, input: unknown) {
  requireRole(caller, "analyst");
  const { publishedAt, ...data } = sourceCreateInput.parse(input);
  if (data.reliability && !hasRole(caller.role, "editor")) throw new ForbiddenError("Grading a source's reliability is for editors; leave it empty.");
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.create({ data: { ...data, ...dateColumns(publishedAt) } });
    await recordAudit(tx, caller, { action: "source.create", outcome: "ok", targetType: "source", targetId: source.id, details: { title: source.title } });
    return source;
  });
}

/** Corrects or grades a source (editors). */
export async function updateSource(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, publishedAt, version, ...data } = sourceUpdateInput.parse(input);
  return prisma.$transaction(async (tx) => {
    if (!(await tx.source.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("There is no such source.");
    await claimRowVersion(tx, "Source", id, version, () => prisma.source.findUnique({ where: { id } }).then((s) => s && { ...s, version: rowVersion(s) }));
    const before = (await tx.source.findUnique({ where: { id } }))!;
    const source = await tx.source.update({ where: { id }, data: { ...data, ...dateColumns(publishedAt) } });
    await recordAudit(tx, caller, {
      action: "source.update",
      outcome: "ok",
      targetType: "source",
      targetId: id,
      details: { before: { title: before.title, publisher: before.publisher, url: before.url, reliability: before.reliability } },
    });
    return source;
  });
}

/**
 * Takes a source out of the pickers and the sources list. Reversible: restoreSource brings it back.
 * Refused while a non-deleted entry cites it or names it for an agreement step.
 */
export async function deleteSource(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, reason, version } = sourceDeleteInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Source" WHERE "id" = ${id} FOR UPDATE`;
    if (!locked) throw new NotFoundError("There is no such source.");
    await claimRowVersion(tx, "Source", id, version, () => prisma.source.findUnique({ where: { id } }).then((s) => s && { ...s, version: rowVersion(s) }));
    const before = (await tx.source.findUnique({ where: { id } }))!;
    if (before.deletedAt) throw new InvalidRequestError("This source is already deleted.");
    const using = await tx.$queryRaw<{ slug: string }[]>`
      SELECT e."slug" FROM "Entry" e
      WHERE e."deletedAt" IS NULL
        AND (EXISTS (SELECT 1 FROM "Citation" c WHERE c."entryId" = e."id" AND c."sourceId" = ${id})
          OR EXISTS (SELECT 1 FROM "AgreementStep" s WHERE s."entryId" = e."id" AND s."sourceId" = ${id}))
      ORDER BY e."slug"`;
    if (using.length) {
      throw new ConflictError(
        `This source is still cited by ${using.length} ${using.length === 1 ? "entry" : "entries"}: remove it from ${using.length === 1 ? "this entry" : `these ${using.length} entries`} (their sources and agreement steps) first.`,
        { entries: using.slice(0, 50).map((e) => e.slug), entryCount: using.length },
      );
    }
    const source = await tx.source.update({ where: { id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, caller, { action: "source.delete", outcome: "ok", targetType: "source", targetId: id, details: { reason, title: before.title } });
    return source;
  });
}

/** Brings a deleted source back as it was. */
export async function restoreSource(caller: Caller, input: unknown) {
  requireRole(caller, "editor");
  const { id, reason, version } = sourceRestoreInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Source" WHERE "id" = ${id} FOR UPDATE`;
    if (!locked) throw new NotFoundError("There is no such source.");
    await claimRowVersion(tx, "Source", id, version, () => prisma.source.findUnique({ where: { id } }).then((s) => s && { ...s, version: rowVersion(s) }));
    const before = (await tx.source.findUnique({ where: { id } }))!;
    if (!before.deletedAt) throw new InvalidRequestError("This source is not deleted.");
    const source = await tx.source.update({ where: { id }, data: { deletedAt: null } });
    await recordAudit(tx, caller, { action: "source.restore", outcome: "ok", targetType: "source", targetId: id, details: { reason, title: before.title } });
    return source;
  });
}
