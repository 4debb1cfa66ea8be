import "server-only";
// The import itself: the dry run's plan, made again inside one transaction so it sees the record as
// it is, then written all or nothing. New entries are written in batches (a 10,000-row file is a
// few hundred queries, not a hundred thousand); updates go one by one through the same version
// claim as the forms. Every entry gets its revision and its audit event, like a form's save.
import { prisma } from "../db/client";
import type { Prisma, SourceReliability } from "../db/generated/client";
import { parsePartialDate } from "../dates/partial-date";
import type { Caller } from "../auth/caller";
import { ConflictError, InvalidRequestError } from "../auth/errors";
import { requireEntryAuthor, requireRole } from "../auth/permissions";
import { recordAudit } from "../audit/audit";
import { dayOf, insertRows, newId } from "../db/insert-rows";
import { searchNamesFor } from "../entries/search-names";
import { assertUsable, entryColumns, writeFields } from "../entries/write";
import { addPlaceLinks, placeIdsOfMany } from "../places/link";
import { loadSnapshot, recordCreations } from "../revisions/snapshot";
import { planImport, type ImportPlan } from "./plan";
import { keepStatistics } from "./statistics";
import { planReport, parseImportFile, type ImportFormat, type ImportReport } from "./dry-run";
import { withSourceIds } from "./to-fields";

type Tx = Prisma.TransactionClient;
const BATCH = 500;

/** The dry run found invalid rows: nothing was written, and the report says what to fix. */
export class ImportRefused extends InvalidRequestError {
  constructor(public report: ImportReport) {
    super(`Nothing was imported: ${report.summary.invalidRows} row${report.summary.invalidRows === 1 ? " is" : "s are"} invalid. Fix them and run the dry run again.`);
  }
}

export type ImportOptions = { format: ImportFormat; text: string; fileName: string; state: "draft" | "published" };
export type Progress = (event: { phase: "checking" | "creating" | "updating" | "linking"; done: number; total: number }) => Promise<void> | void;
export type ImportResult = {
  created: { row: number; id: string; slug: string }[];
  updated: { row: number; id: string; version: number }[];
  unchanged: number;
  duplicates: ImportReport["duplicates"];
  newSources: number;
};

export async function runImport(caller: Caller, options: ImportOptions, progress: Progress = () => {}): Promise<ImportResult> {
  requireRole(caller, "editor");
  const parsed = parseImportFile(options.format, options.text);
  const reason = `Imported from ${options.fileName}`;
  return prisma.$transaction(
    async (tx) => {
      await progress({ phase: "checking", done: 0, total: parsed.total });
      const plan = await planImport(tx, parsed);
      if (plan.invalid.length) throw new ImportRefused(planReport(plan));

      const sourceIds = await createSources(tx, plan);
      const created = await createEntries(tx, caller, plan, sourceIds, options.state, reason, progress);
      const updated = await updateEntries(tx, caller, plan, sourceIds, reason, progress);
      await createLinks(tx, plan, created, progress);
      await recordAudit(tx, caller, {
        action: "import.run",
        outcome: "ok",
        details: { file: options.fileName, format: options.format, rows: plan.total, created: created.length, updated: updated.length, duplicates: plan.duplicates.length, newSources: plan.newSources.length },
      });
      return { created, updated, unchanged: plan.unchanged.length, duplicates: plan.duplicates, newSources: plan.newSources.length };
    },
    // Long enough for a large file; the entries stay invisible to others until the commit.
    { maxWait: 20_000, timeout: 15 * 60_000 },
  );
}

/** Creates the file's new sources; returns each one's id by its placeholder. */
async function createSources(tx: Tx, plan: ImportPlan): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (let i = 0; i < plan.newSources.length; i += BATCH) {
    const batch = plan.newSources.slice(i, i + BATCH);
    const rows = await tx.source.createManyAndReturn({
      data: batch.map((s) => {
        const published = s.publishedAt ? parsePartialDate(s.publishedAt) : null;
        return { title: s.title, publisher: s.publisher, url: s.url, publishedAt: published?.start ?? null, publishedPrecision: published?.precision ?? "unknown", reliability: s.reliability as SourceReliability | null };
      }),
      select: { id: true },
    });
    batch.forEach((s, j) => ids.set(s.placeholder, rows[j].id));
  }
  return ids;
}

async function createEntries(tx: Tx, caller: Caller, plan: ImportPlan, sourceIds: Map<string, string>, state: "draft" | "published", reason: string, progress: Progress) {
  const created: ImportResult["created"] = [];
  const grew = await keepStatistics(tx);
  for (let i = 0; i < plan.create.length; i += BATCH) {
    const batch = plan.create.slice(i, i + BATCH);
    const fields = batch.map((p) => withSourceIds(p.fields, (placeholder) => sourceIds.get(placeholder)));
    await assertUsable(tx, fields);
    // Places and search names before the INSERT: each entry's search document is built once.
    const placeIds = await placeIdsOfMany(tx, fields.map((f) => f.places));
    const names = await searchNamesFor(
      tx,
      fields.map((f, j) => ({ actorIds: [...f.actors.map((a) => a.actorId), ...(f.statement ? [f.statement.speakerId] : [])], placeIds: placeIds[j] })),
    );
    // Each table's rows in one statement (lib/db/insert-rows.ts); ids are made here, so every row
    // below knows its entry without reading it back.
    const ids = batch.map(() => newId());
    const now = new Date().toISOString();
    // In order of their names: a run of rows naming the same actors builds the names' part of the
    // search document once (migration *_search_document_trigger).
    await insertRows(
      tx,
      "Entry",
      batch.map((p, j) => {
        const columns = entryColumns(fields[j]);
        return {
          id: ids[j],
          slug: p.slug,
          ...columns,
          dateStart: dayOf(columns.dateStart),
          dateEnd: dayOf(columns.dateEnd),
          periodEnd: dayOf(columns.periodEnd),
          searchNames: names[j],
          state,
          createdById: caller.userId || null,
          updatedAt: now,
        };
      }).sort((a, b) => (a.searchNames < b.searchNames ? -1 : a.searchNames > b.searchNames ? 1 : 0)),
    );
    // Before the rows that check their entry exists (lib/import/statistics.ts).
    await grew(batch.length);
    await insertRows(tx, "EntryActor", fields.flatMap((f, j) => f.actors.map((a) => ({ entryId: ids[j], actorId: a.actorId, role: a.role, updatedAt: now }))), { onConflictDoNothing: true });
    await insertRows(
      tx,
      "Citation",
      fields.flatMap((f, j) => f.citations.map((c, position) => ({ id: newId(), entryId: ids[j], sourceId: c.sourceId, quote: c.quote, credibility: c.credibility, position, updatedAt: now }))),
    );
    await insertRows(
      tx,
      "AgreementStep",
      fields.flatMap((f, j) =>
        (f.agreement?.steps ?? []).map((s, position) => {
          const date = s.date ? parsePartialDate(s.date) : null;
          return { id: newId(), entryId: ids[j], status: s.status, dateStart: dayOf(date?.start), datePrecision: date?.precision ?? "unknown", sourceId: s.sourceId, note: s.note, position, updatedAt: now };
        }),
      ),
    );
    await addPlaceLinks(tx, ids.map((entryId, j) => ({ entryId, placeIds: placeIds[j] })));
    await recordCreations(tx, ids, reason, caller.userId || null);
    await insertRows(
      tx,
      "AuditEvent",
      ids.map((entryId, j) => ({
        userId: caller.userId || null,
        userEmail: caller.email,
        role: caller.role,
        via: caller.via,
        ip: caller.ip,
        action: "entry.create",
        outcome: "ok",
        targetType: "entry",
        targetId: entryId,
        details: { slug: batch[j].slug, import: reason },
      })),
    );
    batch.forEach((p, j) => created.push({ row: p.row, id: ids[j], slug: p.slug }));
    await progress({ phase: "creating", done: created.length, total: plan.create.length });
  }
  return created;
}

async function updateEntries(tx: Tx, caller: Caller, plan: ImportPlan, sourceIds: Map<string, string>, reason: string, progress: Progress) {
  const updated: ImportResult["updated"] = [];
  for (const u of plan.update) {
    const entry = await tx.entry.findUniqueOrThrow({ where: { id: u.id }, select: { createdById: true, state: true } });
    requireEntryAuthor(caller, entry);
    // Entries from the initial record have no revision yet: keep how they stood as the first one.
    if (!(await tx.revision.findFirst({ where: { entryId: u.id }, select: { id: true } }))) {
      await tx.revision.create({ data: { entryId: u.id, version: u.version, action: "create", reason: "Initial record", snapshot: (await loadSnapshot(tx, u.id))!, authorId: null } });
    }
    const claimed = await tx.$executeRaw`UPDATE "Entry" SET "version" = "version" + 1, "updatedAt" = now() WHERE "id" = ${u.id} AND "version" = ${u.version}`;
    if (claimed === 0) {
      throw new ConflictError(`Row ${u.row}: “${u.fields.title}” changed while the file was being imported. Nothing was imported: run the dry run again.`, { row: u.row, id: u.id });
    }
    const current = (await loadSnapshot(tx, u.id))!;
    const fields = withSourceIds(u.fields, (placeholder) => sourceIds.get(placeholder));
    // Agreement steps and figures a CSV file does not carry stay as they are.
    if (fields.agreement && current.agreement) {
      if (u.data.steps == null) fields.agreement = { ...fields.agreement, steps: current.agreement.steps };
      if (u.data.figures == null) fields.agreement = { ...fields.agreement, figures: current.agreement.figures };
    }
    await writeFields(tx, u.id, fields);
    if (u.slug !== current.slug) await tx.entry.update({ where: { id: u.id }, data: { slug: u.slug } });
    const snapshot = (await loadSnapshot(tx, u.id))!;
    await tx.revision.create({ data: { entryId: u.id, version: u.version + 1, action: "update", reason, snapshot, authorId: caller.userId || null } });
    await recordAudit(tx, caller, { action: "entry.update", outcome: "ok", targetType: "entry", targetId: u.id, details: { version: u.version + 1, reason, changes: u.changes } });
    updated.push({ row: u.row, id: u.id, version: u.version + 1 });
    if (updated.length % 50 === 0 || updated.length === plan.update.length) await progress({ phase: "updating", done: updated.length, total: plan.update.length });
  }
  return updated;
}

/** Links of new entries (JSON files carry them), to entries of the file or of the record. */
async function createLinks(tx: Tx, plan: ImportPlan, created: ImportResult["created"], progress: Progress) {
  const withLinks = [...plan.create, ...plan.update].filter((p) => p.data.links?.length);
  if (withLinks.length === 0) return;
  const idOfRow = new Map([...created.map((c) => [c.row, c.id] as const), ...plan.update.map((u) => [u.row, u.id] as const)]);
  const slugs = [...new Set(withLinks.flatMap((p) => p.data.links!.map((l) => l.to)))];
  const targets = new Map((await tx.entry.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((e) => [e.slug, e.id]));
  for (const c of created) targets.set(c.slug, c.id);
  const updatedIds = plan.update.filter((u) => u.data.links).map((u) => u.id);
  // A file that gives an entry's links gives all of them.
  if (updatedIds.length) await tx.entryLink.deleteMany({ where: { fromId: { in: updatedIds } } });
  await tx.entryLink.createMany({
    data: withLinks.flatMap((p) => p.data.links!.map((l) => ({ fromId: idOfRow.get(p.row)!, toId: targets.get(l.to)!, type: l.type }))),
    skipDuplicates: true,
  });
  await progress({ phase: "linking", done: withLinks.length, total: withLinks.length });
}
