import "server-only";
// Everything the entry page shows, in one Prisma query with its includes: actors with roles,
// sources with the quoted passages, the agreement's dated steps, and linked entries both ways.
import { cache } from "react";
import { prisma } from "../db/client";
import { toPartialString } from "../dates/partial-date";
import type { Prisma } from "../db/generated/client";
import { toCitedSource, toEntryDate } from "./queries";
import type { AgreementStatus, Entry, EntryKind } from "./schemas";

const visible = { state: "published", deletedAt: null } satisfies Prisma.EntryWhereInput;
const linkedEntry = { select: { slug: true, title: true, kind: true, dateStart: true, datePrecision: true, state: true, deletedAt: true } };

const detailInclude = {
  actors: { include: { actor: { select: { slug: true, name: true, kind: true, country: true } } }, orderBy: [{ createdAt: "asc" }, { actorId: "asc" }, { role: "asc" }] },
  citations: { include: { source: true }, orderBy: { position: "asc" } },
  speaker: { select: { slug: true, name: true, titles: true } },
  places: { include: { place: { select: { slug: true, name: true, kind: true, country: true, latitude: true, longitude: true } } }, orderBy: { position: "asc" } },
  steps: { include: { source: { select: { title: true, publisher: true, url: true } } }, orderBy: { position: "asc" } },
  linksFrom: { include: { to: linkedEntry } },
  linksTo: { include: { from: linkedEntry } },
} satisfies Prisma.EntryInclude;

export type LinkedEntry = { slug: string; title: string; kind: EntryKind; date: string | null; relation: string };
export type Figure = { label: string; value: number; unit: string };

export type EntryDetail = Pick<Entry, "id" | "slug" | "kind" | "title" | "summary" | "date" | "sectors" | "places" | "placeLinks"> & {
  actors: { slug: string; name: string; role: string; kind: string; country: string | null }[];
  // The API's shape, but `id` is the citation's: an entry may cite one source twice, with two quotes.
  sources: Entry["sources"];
  agreement: {
    status: AgreementStatus | null;
    durationYears: number | null;
    figures: Figure[];
    steps: { status: AgreementStatus; date: string | null; note: string | null; source: { title: string; publisher: string | null; url: string | null } | null }[];
  } | null;
  statement: {
    speaker: { slug: string; name: string; titles: string[] } | null;
    quote: string | null;
    verbatim: boolean;
    language: string | null;
    original: string | null;
    reportedBy: string | null;
  } | null;
  links: LinkedEntry[];
  updatedAt: Date;
  /** where the entry stands; only its author and editors ever get one that is not published */
  editorial: { state: "draft" | "in_review" | "published"; deleted: boolean; createdById: string | null };
};

// How a link reads from either end: "implements" seen from the agreement is "implemented by".
const RELATION = {
  implements: { out: "Implements", in: "Implemented by" },
  refers_to: { out: "Refers to", in: "Referred to by" },
  follows: { out: "Follows", in: "Followed by" },
} as const;

function isFigure(value: unknown): value is Figure {
  const v = value as Figure;
  return !!v && typeof v.label === "string" && typeof v.value === "number" && typeof v.unit === "string";
}

/**
 * One entry by its permalink slug or id: published ones for everyone; a draft, an entry in review
 * or a deleted one only for its author (`viewerId`) and editors. Null otherwise. Once per request.
 */
export const getEntryDetail = cache(loadEntryDetail);

async function loadEntryDetail(slugOrId: string, viewerId?: string, viewerIsEditor?: boolean): Promise<EntryDetail | null> {
  const mayRead: Prisma.EntryWhereInput = viewerIsEditor ? {} : viewerId ? { OR: [visible, { createdById: viewerId }] } : visible;
  const row = await prisma.entry.findFirst({ where: { AND: [mayRead, { OR: [{ slug: slugOrId }, { id: slugOrId }] }] }, include: detailInclude });
  if (!row) return null;
  const shown = (e: { state: string; deletedAt: Date | null }) => e.state === "published" && e.deletedAt === null;
  const links: LinkedEntry[] = [
    ...row.linksFrom.filter((l) => shown(l.to)).map((l) => ({ ...l.to, relation: RELATION[l.type].out })),
    ...row.linksTo.filter((l) => shown(l.from)).map((l) => ({ ...l.from, relation: RELATION[l.type].in })),
  ].map((e) => ({ slug: e.slug, title: e.title, kind: e.kind, date: toPartialString(e.dateStart, e.datePrecision), relation: e.relation }));
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    date: toEntryDate(row),
    sectors: row.sectors,
    places: row.places.map((p) => p.place.name),
    placeLinks: row.places.map((p) => p.place),
    actors: row.actors.map((a) => ({ ...a.actor, role: a.role })),
    sources: row.citations.map((c) => ({ ...toCitedSource(c), id: c.id })),
    agreement:
      row.kind === "agreement"
        ? {
            status: row.status,
            durationYears: row.durationYears,
            figures: Array.isArray(row.figures) ? row.figures.filter(isFigure) : [],
            steps: row.steps.map((s) => ({
              status: s.status,
              date: toPartialString(s.dateStart, s.datePrecision),
              note: s.note,
              source: s.source,
            })),
          }
        : null,
    statement:
      row.kind === "statement"
        ? {
            speaker: row.speaker,
            quote: row.quote,
            verbatim: row.quoteVerbatim,
            language: row.quoteLanguage,
            original: row.quoteOriginal,
            reportedBy: row.reportedBy,
          }
        : null,
    links,
    updatedAt: row.updatedAt,
    editorial: { state: row.state, deleted: row.deletedAt !== null, createdById: row.createdById },
  };
}
