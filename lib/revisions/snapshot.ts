import "server-only";
import type { Prisma } from "../db/generated/client";
import { toPartialString, type DatePrecision } from "../dates/partial-date";
import type { EntryFields } from "../entries/input";
import type { EntrySnapshot } from "./types";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** An entry with what its snapshot names: the columns it reads, and its links as JSON arrays. */
type SnapshotRow = {
  id: string;
  slug: string;
  kind: EntryFields["kind"];
  title: string;
  summary: string;
  dateStart: Date | null;
  dateEnd: Date | null;
  datePrecision: DatePrecision;
  sectors: EntryFields["sectors"];
  status: NonNullable<EntryFields["agreement"]>["status"] | null;
  durationYears: number | null;
  figures: unknown;
  speakerId: string | null;
  quote: string | null;
  quoteVerbatim: boolean;
  quoteLanguage: string | null;
  quoteOriginal: string | null;
  reportedBy: string | null;
  state: EntrySnapshot["state"];
  deletedAt: Date | null;
  reviewNote: string | null;
  version: number;
  actors: { actorId: string; role: string }[];
  places: string[];
  citations: { sourceId: string; quote: string | null; credibility: number | null }[];
  steps: { status: NonNullable<EntryFields["agreement"]>["status"]; dateStart: string | null; datePrecision: DatePrecision; sourceId: string | null; note: string | null }[];
};

/** The entry as it stands, in the shape of the form's input plus its editorial state. */
export async function loadSnapshot(db: Db, entryId: string): Promise<EntrySnapshot | null> {
  return (await loadSnapshots(db, [entryId])).get(entryId) ?? null;
}

/**
 * Snapshots of many entries in one query (the import writes thousands of revisions at once), read
 * back from the database so a revision holds what was stored. Raw rows: an ORM's nested includes
 * cost several times as much per entry.
 */
export async function loadSnapshots(db: Db, entryIds: string[]): Promise<Map<string, EntrySnapshot>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db.$queryRaw<SnapshotRow[]>`
    SELECT e."id", e."slug", e."kind"::text AS kind, e."title", e."summary", e."dateStart", e."dateEnd",
      e."datePrecision"::text AS "datePrecision", e."sectors"::text[] AS sectors, e."status"::text AS status, e."durationYears",
      e."figures", e."speakerId", e."quote", e."quoteVerbatim", e."quoteLanguage", e."quoteOriginal", e."reportedBy",
      e."state"::text AS state, e."deletedAt", e."reviewNote", e."version",
      coalesce((SELECT json_agg(json_build_object('actorId', a."actorId", 'role', a."role") ORDER BY a."createdAt", a."actorId", a."role")
                FROM "EntryActor" a WHERE a."entryId" = e."id"), '[]') AS actors,
      coalesce((SELECT json_agg(p."name" ORDER BY ep."position")
                FROM "EntryPlace" ep JOIN "Place" p ON p."id" = ep."placeId" WHERE ep."entryId" = e."id"), '[]') AS places,
      coalesce((SELECT json_agg(json_build_object('sourceId', c."sourceId", 'quote', c."quote", 'credibility', c."credibility") ORDER BY c."position")
                FROM "Citation" c WHERE c."entryId" = e."id"), '[]') AS citations,
      coalesce((SELECT json_agg(json_build_object('status', st."status", 'dateStart', st."dateStart", 'datePrecision', st."datePrecision",
                  'sourceId', st."sourceId", 'note', st."note") ORDER BY st."position")
                FROM "AgreementStep" st WHERE st."entryId" = e."id"), '[]') AS steps
    FROM "Entry" e WHERE e."id" = ANY(${entryIds}::text[])`;
  return new Map(rows.map((e) => [e.id, toSnapshot(e)]));
}

/** A YYYY-MM-DD day (as JSON gives a date) as the Date toPartialString takes. */
const dayDate = (day: string | null) => (day ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : null);

function toSnapshot(e: SnapshotRow): EntrySnapshot {
  const precision = e.dateStart ? e.datePrecision : "unknown";
  const fields: EntryFields = {
    kind: e.kind,
    title: e.title,
    summary: e.summary,
    date: { start: toPartialString(e.dateStart, precision), end: toPartialString(e.dateEnd, precision) },
    sectors: e.sectors,
    places: e.places,
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
              date: toPartialString(dayDate(s.dateStart), s.datePrecision),
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
