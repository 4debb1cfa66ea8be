import "server-only";
// An entry as it leaves the record for a spreadsheet or a script: the read API's Entry plus what an
// analyst needs to bring it back unchanged (agreement details and steps, statement details, links).
import type { Prisma, PrismaClient } from "../db/generated/client";
import { toPartialString } from "../dates/partial-date";
import { entryPlacesInclude, toEntry } from "../entries/queries";
import type { Entry } from "../entries/schemas";

type Db = Pick<PrismaClient, "entry">;

const recordInclude = {
  actors: { include: { actor: { select: { id: true, slug: true, name: true } } }, orderBy: { createdAt: "asc" } },
  citations: { include: { source: true }, orderBy: { position: "asc" } },
  speaker: { select: { id: true, slug: true, name: true } },
  places: entryPlacesInclude,
  steps: { orderBy: { position: "asc" } },
  linksFrom: { include: { to: { select: { slug: true } } }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.EntryInclude;

export type EntryRecord = Entry & {
  durationYears: number | null;
  figures: { label: string; value: number; unit: string }[];
  steps: { status: string; date: string | null; sourceId: string | null; note: string | null }[];
  quoteVerbatim: boolean;
  quoteLanguage: string | null;
  quoteOriginal: string | null;
  reportedBy: string | null;
  links: { type: string; to: string }[];
};

/** Full records for the given ids, in the order of the ids, in a fixed number of queries. */
export async function loadRecords(db: Db, ids: string[]): Promise<EntryRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.entry.findMany({ where: { id: { in: ids } }, include: recordInclude });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...toEntry(row),
        durationYears: row.durationYears,
        figures: Array.isArray(row.figures) ? (row.figures as EntryRecord["figures"]) : [],
        steps: row.steps.map((s) => ({
          status: s.status,
          date: toPartialString(s.dateStart, s.datePrecision),
          sourceId: s.sourceId,
          note: s.note,
        })),
        quoteVerbatim: row.quoteVerbatim,
        quoteLanguage: row.quoteLanguage,
        quoteOriginal: row.quoteOriginal,
        reportedBy: row.reportedBy,
        links: row.linksFrom.map((l) => ({ type: l.type, to: l.to.slug })),
      },
    ];
  });
}
