import "server-only";
// Every change to an entry. Each function checks the caller's role, refuses a save that did not
// start from the current version (UPDATE … WHERE version = v: the second of two saves from one
// version changes no row), and writes the revision and the audit event in the same transaction.
import { z } from "zod";
import { prisma } from "../db/client";
import { Prisma, type RevisionAction } from "../db/generated/client";
import { lastDayOf, parsePartialDate } from "../dates/partial-date";
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ConflictError, ForbiddenError, InvalidRequestError } from "../auth/errors";
import { hasRole } from "../auth/roles";
import { requireEntryAuthor, requireRole } from "../auth/permissions";
import { recordAudit } from "../audit/audit";
import { loadSnapshot } from "../revisions/snapshot";
import type { EntrySnapshot } from "../revisions/types";
import { linkPlaces } from "../places/link";
import { refreshSearchNames } from "./search-names";
import { slugify } from "./slug";
import { pickFields, threeWayMerge, type MergeField } from "./three-way-merge";
import { FIELD_LABELS, referencedIds } from "../revisions/diff";
import {
  entryCreateInput,
  entryDecisionInput,
  entryFields,
  fieldRulesFor,
  entryRevertInput,
  entrySubmitInput,
  entryUpdateInput,
  type EntryFields,
} from "./input";

type Tx = Prisma.TransactionClient;
// Parallel saves queue for the row lock and the pool: give them time rather than fail spuriously.
const TX = { maxWait: 20_000, timeout: 20_000 } as const;

class StaleVersion extends Error {}

/** The entry row's own columns for its fields (places are rows of EntryPlace); the import writes the same ones when it creates rows in bulk. */
export function entryColumns(f: EntryFields) {
  const start = f.date.start ? parsePartialDate(f.date.start) : null;
  const end = f.date.end ? parsePartialDate(f.date.end) : null;
  return {
    kind: f.kind,
    title: f.title,
    summary: f.summary,
    dateStart: start?.start ?? null,
    dateEnd: end?.start ?? null,
    periodEnd: end ? lastDayOf(end) : start ? lastDayOf(start) : null,
    datePrecision: start?.precision ?? ("unknown" as const),
    sectors: [...new Set(f.sectors)],
    status: f.agreement?.status ?? null,
    durationYears: f.agreement?.durationYears ?? null,
    figures: f.agreement?.figures ?? [],
    speakerId: f.statement?.speakerId ?? null,
    quote: f.statement?.quote ?? null,
    quoteVerbatim: f.statement?.verbatim ?? false,
    quoteLanguage: f.statement?.language ?? null,
    quoteOriginal: f.statement?.original ?? null,
    reportedBy: f.statement?.reportedBy ?? null,
  };
}

/**
 * Refuses actors and sources that were deleted or merged away: the pickers hide them, but a stale
 * form, an import file or an API call may still name them.
 */
export async function assertUsable(tx: Tx, fields: EntryFields[]): Promise<void> {
  const actorIds = [...new Set(fields.flatMap((f) => [...f.actors.map((a) => a.actorId), ...(f.statement ? [f.statement.speakerId] : [])]))];
  const sourceIds = [
    ...new Set(fields.flatMap((f) => [...f.citations.map((c) => c.sourceId), ...(f.agreement?.steps ?? []).flatMap((s) => (s.sourceId ? [s.sourceId] : []))])),
  ];
  const [actors, sources] = await Promise.all([
    actorIds.length ? tx.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, deletedAt: true, mergedIntoId: true } }) : [],
    sourceIds.length ? tx.source.findMany({ where: { id: { in: sourceIds } }, select: { id: true, title: true, deletedAt: true } }) : [],
  ]);
  // Named, so the message says which one to pick again.
  const foundActors = new Set(actors.map((a) => a.id));
  const foundSources = new Set(sources.map((s) => s.id));
  const problems = [
    ...actorIds.filter((id) => !foundActors.has(id)).map((id) => `no actor has the id “${id}”: pick the actor again`),
    ...sourceIds.filter((id) => !foundSources.has(id)).map((id) => `no source has the id “${id}”: pick the source again`),
    ...actors
      .filter((a) => a.deletedAt || a.mergedIntoId)
      .map((a) => `the actor “${a.name}” was ${a.mergedIntoId ? "merged into another actor: pick that one" : "deleted: restore it or pick another"}`),
    ...sources.filter((s) => s.deletedAt).map((s) => `the source “${s.title}” was deleted: restore it or pick another`),
  ];
  if (problems.length) throw new InvalidRequestError(`This entry cannot be saved: ${problems.join("; ")}.`);
}

/** Writes every field of the entry (its actor, citation and step rows replaced as a whole). Also used by the import (lib/import/apply.ts). */
export async function writeFields(tx: Tx, entryId: string, f: EntryFields): Promise<void> {
  await assertUsable(tx, [f]);
  await tx.entry.update({ where: { id: entryId }, data: entryColumns(f) });
  await tx.entryActor.deleteMany({ where: { entryId } });
  await tx.citation.deleteMany({ where: { entryId } });
  await tx.agreementStep.deleteMany({ where: { entryId } });
  await linkPlaces(tx, entryId, f.places);
  const actors = [...new Map(f.actors.map((a) => [`${a.actorId} ${a.role}`, a])).values()];
  if (actors.length) await tx.entryActor.createMany({ data: actors.map((a) => ({ entryId, actorId: a.actorId, role: a.role })) });
  if (f.citations.length)
    await tx.citation.createMany({ data: f.citations.map((c, position) => ({ entryId, ...c, position })) });
  const steps = f.agreement?.steps ?? [];
  if (steps.length)
    await tx.agreementStep.createMany({
      data: steps.map((s, position) => {
        const date = s.date ? parsePartialDate(s.date) : null;
        return { entryId, status: s.status, dateStart: date?.start ?? null, datePrecision: date?.precision ?? "unknown", sourceId: s.sourceId, note: s.note, position };
      }),
    });
  await refreshSearchNames(tx, [entryId]);
}

/** Turns a missing actor or source (foreign key: removed between assertUsable's check and the write) into a message for the form. */
function explainWriteError(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
    const constraint = String((error.meta as { constraint?: string; field_name?: string } | undefined)?.constraint ?? (error.meta as { field_name?: string } | undefined)?.field_name ?? "");
    const which = /speaker|actor/i.test(constraint) ? "An actor" : /source/i.test(constraint) ? "A source" : "An actor or source";
    throw new InvalidRequestError(`${which} in this entry was removed while you were saving (${constraint || "a reference"}); pick it again.`);
  }
  throw error;
}

/** Names of the actors and sources an entry refers to, so the form can show what changed in words. */
async function namesOf(s: EntrySnapshot): Promise<{ actors: Record<string, string>; sources: Record<string, string> }> {
  const ids = referencedIds([s]);
  const [actors, sources] = await Promise.all([
    prisma.actor.findMany({ where: { id: { in: [...ids.actors] } }, select: { id: true, name: true } }),
    prisma.source.findMany({ where: { id: { in: [...ids.sources] } }, select: { id: true, title: true } }),
  ]);
  return { actors: Object.fromEntries(actors.map((a) => [a.id, a.name])), sources: Object.fromEntries(sources.map((x) => [x.id, x.title])) };
}

/** Who saved the entry since `fromVersion`, and how. */
async function changesSince(entryId: string, fromVersion: number) {
  const since = await prisma.revision.findMany({
    where: { entryId, version: { gt: fromVersion } },
    orderBy: { version: "asc" },
    select: { version: true, action: true, reason: true, createdAt: true, author: { select: { name: true } } },
  });
  return since.map((r) => ({ ...r, author: r.author?.name ?? null }));
}

async function conflict(entryId: string, fromVersion: number, conflicts?: MergeField[]): Promise<ConflictError> {
  const [current, since] = await Promise.all([prisma.$transaction((tx) => loadSnapshot(tx, entryId)), changesSince(entryId, fromVersion)]);
  const who = [...new Set(since.map((r) => r.author ?? "someone"))].join(", ") || "someone";
  const fields = conflicts?.length ? ` You both changed ${conflicts.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")}: choose yours or theirs for each.` : "";
  return new ConflictError(
    `${who} changed this entry while you were editing (you started from version ${fromVersion}, it is now at version ${current?.version}).${fields} ` +
      "Nothing you typed is lost: compare it with what changed, then save again.",
    {
      current,
      changes: since,
      ...(conflicts ? { conflicts: conflicts.map((field) => ({ field, label: FIELD_LABELS[field] })) } : {}),
      names: current ? await namesOf(current) : { actors: {}, sources: {} },
    },
  );
}

type EntryRow = { id: string; slug: string; state: string; deletedAt: Date | null; createdById: string | null; version: number };

/**
 * One change to an existing entry, all or nothing: authorise, claim the next version, apply, store
 * the revision and the audit event.
 */
async function commit(
  caller: Caller,
  entryId: string,
  fromVersion: number,
  action: RevisionAction,
  reason: string,
  authorize: (entry: EntryRow) => void,
  apply: (tx: Tx, entry: EntryRow) => Promise<void>,
  auditDetails?: Record<string, unknown>,
): Promise<EntrySnapshot> {
  try {
    return await prisma.$transaction(async (tx) => {
      const entry = await tx.entry.findUnique({
        where: { id: entryId },
        select: { id: true, slug: true, state: true, deletedAt: true, createdById: true, version: true },
      });
      if (!entry) throw new NotFoundError("There is no such entry.");
      authorize(entry);
      // Entries from the initial record have no revision yet: keep how they stood as the first one.
      if (entry.version === fromVersion && !(await tx.revision.findFirst({ where: { entryId }, select: { id: true } }))) {
        const before = (await loadSnapshot(tx, entryId))!;
        await tx.revision.create({
          data: { entryId, version: fromVersion, action: "create", reason: "Initial record", snapshot: before, authorId: null },
        });
      }
      const claimed = await tx.$executeRaw`
        UPDATE "Entry" SET "version" = "version" + 1, "updatedAt" = now()
        WHERE "id" = ${entryId} AND "version" = ${fromVersion}`;
      if (claimed === 0) throw new StaleVersion();
      await apply(tx, entry).catch(explainWriteError);
      const snapshot = (await loadSnapshot(tx, entryId))!;
      await tx.revision.create({
        data: { entryId, version: fromVersion + 1, action, reason, snapshot, authorId: caller.userId || null },
      });
      await recordAudit(tx, caller, {
        action: `entry.${action}`,
        outcome: "ok",
        targetType: "entry",
        targetId: entryId,
        details: { version: fromVersion + 1, reason, ...auditDetails },
      });
      return snapshot;
    }, TX);
  } catch (error) {
    const duplicateRevision = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
    if (error instanceof StaleVersion || duplicateRevision) throw await conflict(entryId, fromVersion);
    throw error;
  }
}

const notDeleted = (entry: EntryRow) => {
  if (entry.deletedAt) throw new InvalidRequestError("This entry is deleted; an editor can restore it first.");
};

/** Logs a new entry as a draft of the caller's. */
export async function createEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "analyst");
  const { reason, ...fields } = entryCreateInput.parse(input);
  const base = slugify(fields.title);
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? base : `${base.slice(0, 72)}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      return await prisma.$transaction(async (tx) => {
        const entry = await tx.entry.create({
          data: { slug, kind: fields.kind, title: fields.title, summary: fields.summary, datePrecision: "unknown", state: "draft", createdById: caller.userId || null },
        });
        await writeFields(tx, entry.id, fields).catch(explainWriteError);
        const snapshot = (await loadSnapshot(tx, entry.id))!;
        await tx.revision.create({
          data: { entryId: entry.id, version: 1, action: "create", reason: reason ?? "Logged", snapshot, authorId: caller.userId || null },
        });
        await recordAudit(tx, caller, { action: "entry.create", outcome: "ok", targetType: "entry", targetId: entry.id, details: { slug } });
        return snapshot;
      }, TX);
    } catch (error) {
      // Two entries with the same title: the second gets a suffix.
      const slugTaken = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!slugTaken || attempt >= 3) throw error;
    }
  }
}

/** How a save from an older version was merged: the fields taken from the saver and those kept from the saves meanwhile. */
export type MergeReport = { fromVersion: number; yours: MergeField[]; theirs: MergeField[] };
export type UpdatedEntry = EntrySnapshot & { merged: boolean; mergedFields?: MergeReport };

/** The fields as they stood at `version`, from its revision (null when there is none). */
async function fieldsAt(entryId: string, version: number): Promise<EntryFields | null> {
  const revision = await prisma.revision.findUnique({ where: { entryId_version: { entryId, version } }, select: { snapshot: true } });
  return revision ? pickFields(revision.snapshot as unknown as EntrySnapshot) : null;
}

/**
 * Saves changed fields. Fields left out keep their current value. A save from an older version is
 * merged three ways (lib/entries/three-way-merge.ts): what only the saver changed goes on top of the
 * current version, what others changed meanwhile stays; a field both changed is refused (409,
 * `details.conflicts`) until the saver chooses.
 */
export async function updateEntry(caller: Caller, input: unknown): Promise<UpdatedEntry> {
  requireRole(caller, "analyst");
  const { id, version, reason, ...rest } = entryUpdateInput.parse(input);
  const patch = stripUndefined(rest) as Partial<EntryFields>;
  // Another save may land between reading and writing: then merge again with that one.
  for (let attempt = 0; ; attempt++) {
    const current = await prisma.$transaction((tx) => loadSnapshot(tx, id));
    if (!current) throw new NotFoundError("There is no such entry.");
    // Who may change it is settled before any merge: a refusal must not show the entry (a conflict
    // carries the current version), and a deleted one is restored before it is edited.
    const { createdById, deletedAt } = await prisma.entry.findUniqueOrThrow({ where: { id }, select: { createdById: true, deletedAt: true } });
    notDeleted({ deletedAt } as EntryRow);
    requireEntryAuthor(caller, { createdById, state: current.state });
    let changes = patch;
    let report: MergeReport | undefined;
    if (current.version !== version) {
      const merge = threeWayMerge(await fieldsAt(id, version), patch, pickFields(current));
      if (merge.conflicts.length) throw await conflict(id, version, merge.conflicts);
      changes = Object.fromEntries(merge.yours.map((f) => [f, patch[f]]));
      report = { fromVersion: version, yours: merge.yours, theirs: merge.theirs };
    }
    // A save that changes nothing adds no revision (and no noise to the corrections log).
    // A draft keeps a draft's rules; an entry in review or published, the full ones.
    const rules = fieldRulesFor(current.state);
    const merged = rules.parse({ ...pickFields(current), ...changes });
    if (JSON.stringify(merged) === JSON.stringify(rules.safeParse(pickFields(current)).data)) return { ...current, merged: !!report, mergedFields: report };
    try {
      const saved = await commit(
        caller,
        id,
        current.version,
        "update",
        reason,
        (e) => (notDeleted(e), requireEntryAuthor(caller, e)),
        async (tx) => {
          const now = (await loadSnapshot(tx, id))!;
          await writeFields(tx, id, fieldRulesFor(now.state).parse({ ...pickFields(now), ...changes }));
        },
        report ? { mergedFrom: version, yours: report.yours, theirs: report.theirs } : undefined,
      );
      return { ...saved, merged: !!report, mergedFields: report };
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 2) throw error instanceof ConflictError ? await conflict(id, version) : error;
    }
  }
}

/**
 * The full rules (entryFields), which a draft needs to meet only when it goes for review or is
 * published: a 400 that names each missing or wrong field, as a form's save would.
 */
async function assertComplete(tx: Tx, id: string): Promise<void> {
  const now = await loadSnapshot(tx, id);
  const checked = entryFields.safeParse(now ? pickFields(now) : {});
  if (!checked.success) throw new z.ZodError(checked.error.issues);
}

/** An analyst hands their draft to the editors. */
export async function submitEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "analyst");
  const { id, version, reason } = entrySubmitInput.parse(input);
  return commit(caller, id, version, "submit", reason ?? "Submitted for review", (e) => {
    notDeleted(e);
    requireEntryAuthor(caller, e);
    if (e.state !== "draft") throw new InvalidRequestError("Only a draft can be submitted for review.");
  }, async (tx) => {
    await assertComplete(tx, id);
    await tx.entry.update({ where: { id }, data: { state: "in_review", reviewNote: null } });
  });
}

/**
 * The author takes back an entry they submitted, to edit it again: in review → draft. Editors may
 * too (they can also return it with a comment).
 */
export async function withdrawEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "analyst");
  const { id, version, reason } = entrySubmitInput.parse(input);
  return commit(caller, id, version, "withdraw", reason ?? "Withdrawn by its author to edit it", (e) => {
    notDeleted(e);
    if (!hasRole(caller.role, "editor") && e.createdById !== caller.userId) throw new ForbiddenError("Only its author (or an editor) can withdraw this entry.");
    if (e.state !== "in_review") throw new InvalidRequestError("Only an entry in review can be withdrawn; this one is not waiting for review.");
  }, async (tx) => {
    await tx.entry.update({ where: { id }, data: { state: "draft" } });
  });
}

export async function publishEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "editor");
  const { id, version, reason } = entryDecisionInput.parse(input);
  return commit(caller, id, version, "publish", reason, (e) => {
    notDeleted(e);
    if (e.state === "published") throw new InvalidRequestError("This entry is already published.");
  }, async (tx) => {
    await assertComplete(tx, id);
    await tx.entry.update({ where: { id }, data: { state: "published", reviewNote: null } });
  });
}

/** Sends an entry back to its author as a draft, with the editor's comment; takes it off the record if it was published. */
export async function returnEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "editor");
  const { id, version, reason } = entryDecisionInput.parse(input);
  return commit(caller, id, version, "return", reason, (e) => {
    notDeleted(e);
    if (e.state === "draft") throw new InvalidRequestError("This entry is already a draft.");
  }, async (tx) => {
    await tx.entry.update({ where: { id }, data: { state: "draft", reviewNote: reason } });
  });
}

/** Takes an entry off the record. Reversible: restoreEntry brings it back with its history. */
export async function deleteEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "editor");
  const { id, version, reason } = entryDecisionInput.parse(input);
  return commit(caller, id, version, "delete", reason, notDeleted, async (tx) => {
    await tx.entry.update({ where: { id }, data: { deletedAt: new Date() } });
  });
}

export async function restoreEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "editor");
  const { id, version, reason } = entryDecisionInput.parse(input);
  return commit(caller, id, version, "restore", reason, (e) => {
    if (!e.deletedAt) throw new InvalidRequestError("This entry is not deleted.");
  }, async (tx) => {
    const entry = await loadSnapshot(tx, id);
    if (entry) await assertUsable(tx, [entry]);
    await tx.entry.update({ where: { id }, data: { deletedAt: null } });
  });
}

/** Brings back the fields of an earlier revision, as a new revision (the state stays as it is). */
export async function revertEntry(caller: Caller, input: unknown): Promise<EntrySnapshot> {
  requireRole(caller, "editor");
  const { id, version, reason, toVersion } = entryRevertInput.parse(input);
  return commit(caller, id, version, "revert", reason, notDeleted, async (tx) => {
    const target = await tx.revision.findUnique({ where: { entryId_version: { entryId: id, version: toVersion } } });
    if (!target) throw new NotFoundError(`This entry has no version ${toVersion}.`);
    await writeFields(tx, id, entryFields.parse(pickFields(target.snapshot as EntrySnapshot)));
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
