import "server-only";
import { prisma } from "../db/client";
import { parsePartialDate } from "../dates/partial-date";
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ForbiddenError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { hasRole } from "../auth/roles";
import { recordAudit } from "../audit/audit";
import { claimRowVersion, rowVersion } from "../api/row-version";
import { sourceCreateInput, sourceUpdateInput } from "./input";

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
