import "server-only";
import type { Prisma } from "../db/generated/client";
import { toPartialString } from "../dates/partial-date";
import type { EntryFields } from "../entries/input";
import type { EntrySnapshot } from "./types";

const snapshotInclude = {
  actors: { orderBy: { createdAt: "asc" } },
  places: { include: { place: { select: { name: true } } }, orderBy: { position: "asc" } },
  citations: { orderBy: { position: "asc" } },
  steps: { orderBy: { position: "asc" } },
} satisfies Prisma.EntryInclude;

/** The entry as it stands, in the shape of the form's input plus its editorial state. */
export async function loadSnapshot(db: Prisma.TransactionClient, entryId: string): Promise<EntrySnapshot | null> {
  const e = await db.entry.findUnique({ where: { id: entryId }, include: snapshotInclude });
  return e ? toSnapshot(e) : null;
}

/** Snapshots of many entries in one query (the import writes thousands of revisions at once). */
export async function loadSnapshots(db: Prisma.TransactionClient, entryIds: string[]): Promise<Map<string, EntrySnapshot>> {
  const rows = await db.entry.findMany({ where: { id: { in: entryIds } }, include: snapshotInclude });
  return new Map(rows.map((e) => [e.id, toSnapshot(e)]));
}

function toSnapshot(e: Prisma.EntryGetPayload<{ include: typeof snapshotInclude }>): EntrySnapshot {
  const precision = e.dateStart ? e.datePrecision : "unknown";
  const fields: EntryFields = {
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    date: { start: toPartialString(e.dateStart, precision), end: toPartialString(e.dateEnd, precision) },
    sectors: e.sectors,
    places: e.places.map((p) => p.place.name),
    actors: e.actors.map((a) => ({ actorId: a.actorId, role: a.role })),
    citations: e.citations.map((c) => ({ sourceId: c.sourceId, quote: c.quote, credibility: c.credibility })),
    agreement:
      e.kind === "agreement"
        ? {
            status: e.status ?? "proposed",
            durationYears: e.durationYears,
            figures: Array.isArray(e.figures) ? (e.figures as NonNullable<EntryFields["agreement"]>["figures"]) : [],
            steps: e.steps.map((s) => ({
              status: s.status,
              date: toPartialString(s.dateStart, s.datePrecision),
              sourceId: s.sourceId,
              note: s.note,
            })),
          }
        : null,
    statement:
      e.kind === "statement" && e.speakerId
        ? {
            speakerId: e.speakerId,
            quote: e.quote ?? "",
            verbatim: e.quoteVerbatim,
            language: e.quoteLanguage,
            original: e.quoteOriginal,
            reportedBy: e.reportedBy,
          }
        : null,
  };
  return { ...fields, id: e.id, slug: e.slug, state: e.state, deleted: e.deletedAt !== null, reviewNote: e.reviewNote, version: e.version };
}
