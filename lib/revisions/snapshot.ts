import "server-only";
import { Prisma } from "../db/generated/client";
import { partialDateSql as partial } from "../entries/entry-json";
import type { EntrySnapshot } from "./types";

type Db = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

// An entry's snapshot (EntrySnapshot: the form's input plus its editorial state), built by
// PostgreSQL from what is stored (alias e), so a revision holds exactly what was saved. Reading it
// and writing it take one statement each, however many entries: an import writes thousands of
// revisions without their snapshots passing through JavaScript.
const list = (select: string, empty = "'[]'::jsonb") => `coalesce((${select}), ${empty})`;
const SNAPSHOT_SQL = `jsonb_build_object(
    'kind', e."kind", 'title', e."title", 'summary', e."summary",
    'date', jsonb_build_object(
      'start', CASE WHEN e."dateStart" IS NOT NULL THEN ${partial(`e."dateStart"`, `e."datePrecision"::text`)} END,
      'end', CASE WHEN e."dateStart" IS NOT NULL THEN ${partial(`e."dateEnd"`, `e."datePrecision"::text`)} END),
    'sectors', coalesce(to_jsonb(e."sectors"::text[]), '[]'::jsonb),
    'places', ${list(`SELECT jsonb_agg(p."name" ORDER BY ep."position") FROM "EntryPlace" ep JOIN "Place" p ON p."id" = ep."placeId" WHERE ep."entryId" = e."id"`)},
    'actors', ${list(`SELECT jsonb_agg(jsonb_build_object('actorId', a."actorId", 'role', a."role") ORDER BY a."createdAt", a."actorId", a."role")
      FROM "EntryActor" a WHERE a."entryId" = e."id"`)},
    'citations', ${list(`SELECT jsonb_agg(jsonb_build_object('sourceId', c."sourceId", 'quote', c."quote", 'credibility', c."credibility") ORDER BY c."position")
      FROM "Citation" c WHERE c."entryId" = e."id"`)},
    'agreement', CASE WHEN e."kind" = 'agreement' THEN jsonb_build_object(
      'status', coalesce(e."status"::text, 'proposed'), 'durationYears', e."durationYears",
      'figures', CASE WHEN jsonb_typeof(e."figures") = 'array' THEN e."figures" ELSE '[]'::jsonb END,
      'steps', ${list(`SELECT jsonb_agg(jsonb_build_object('status', st."status", 'date', ${partial(`st."dateStart"`, `st."datePrecision"::text`)},
        'sourceId', st."sourceId", 'note', st."note") ORDER BY st."position") FROM "AgreementStep" st WHERE st."entryId" = e."id"`)}) END,
    'statement', CASE WHEN e."kind" = 'statement' AND e."speakerId" IS NOT NULL THEN jsonb_build_object(
      'speakerId', e."speakerId", 'quote', coalesce(e."quote", ''), 'verbatim', e."quoteVerbatim",
      'language', e."quoteLanguage", 'original', e."quoteOriginal", 'reportedBy', e."reportedBy") END,
    'id', e."id", 'slug', e."slug", 'state', e."state", 'deleted', e."deletedAt" IS NOT NULL,
    'reviewNote', e."reviewNote", 'version', e."version")`;

/** The entry as it stands, in the shape of the form's input plus its editorial state. */
export async function loadSnapshot(db: Db, entryId: string): Promise<EntrySnapshot | null> {
  return (await loadSnapshots(db, [entryId])).get(entryId) ?? null;
}

/** Snapshots of many entries in one query. */
export async function loadSnapshots(db: Db, entryIds: string[]): Promise<Map<string, EntrySnapshot>> {
  if (entryIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; snapshot: EntrySnapshot }[]>`
    SELECT e."id", ${Prisma.raw(SNAPSHOT_SQL)} AS snapshot FROM "Entry" e WHERE e."id" = ANY(${entryIds}::text[])`;
  return new Map(rows.map((row) => [row.id, row.snapshot]));
}

/**
 * The first revision of each of these new entries (action "create", the entry's version), its
 * snapshot written from the stored entry in the same statement. Returns how many were written.
 */
export function recordCreations(db: Db, entryIds: string[], reason: string, authorId: string | null): Promise<number> {
  if (entryIds.length === 0) return Promise.resolve(0);
  return db.$executeRaw`
    INSERT INTO "Revision" ("id", "entryId", "version", "action", "reason", "snapshot", "authorId", "updatedAt")
    SELECT gen_random_uuid()::text, e."id", e."version", 'create'::"RevisionAction", ${reason}, ${Prisma.raw(SNAPSHOT_SQL)}, ${authorId}, now()
    FROM "Entry" e WHERE e."id" = ANY(${entryIds}::text[])`;
}
