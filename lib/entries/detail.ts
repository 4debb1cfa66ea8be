import "server-only";
// Everything the entry page shows, in one statement that PostgreSQL answers with one JSON value:
// actors with roles, sources with the quoted passages, the agreement's dated steps, and linked
// entries both ways. Prisma's includes sent fourteen statements in four rounds for it.
import { cache } from "react";
import { prepared } from "../db/client";
import { Prisma } from "../db/generated/client";
import { webUrl } from "../links/web-url";
import { ENTRY_FIELDS, partialDateSql as partial, PLACE_LINK_SQL } from "./entry-json";
import type { AgreementStatus, Entry, EntryKind } from "./schemas";

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

/** An entry that readers see, as SQL on alias `alias`. */
const shown = (alias: string) => `${alias}."state" = 'published' AND ${alias}."deletedAt" IS NULL`;

/** A linked entry as LinkedEntry gives it, with the link's type and direction (alias x, link l). */
const linked = (out: boolean) => `json_build_object('slug', x."slug", 'title', x."title", 'kind', x."kind",
  'date', ${partial(`x."dateStart"`, `x."datePrecision"::text`)}, 'type', l."type", 'out', ${out})`;

/**
 * The entry's own fields as the API's Entry has them (ENTRY_FIELDS), but each actor with its kind and
 * country and each source with the citation's id, then what only the page shows. The linked tables
 * are read for this one entry (LATERAL), each in the order the page lists it.
 */
const DETAIL_FIELDS = ENTRY_FIELDS.filter(([key]) => key !== "actors" && key !== "sources" && key !== "version")
  .map(([key, sql]) => `'${key}', ${sql}`)
  .join(", ");
const DETAIL_SQL = `SELECT json_build_object(${DETAIL_FIELDS},
    'actors', coalesce(ac.actors, '[]'), 'sources', coalesce(ci.sources, '[]'),
    'status', e."status", 'durationYears', e."durationYears", 'figures', e."figures", 'steps', coalesce(st.steps, '[]'),
    'speaker', CASE WHEN sp."id" IS NOT NULL THEN json_build_object('slug', sp."slug", 'name', sp."name", 'titles', sp."titles") END,
    'quote', e."quote", 'verbatim', e."quoteVerbatim", 'language', e."quoteLanguage", 'original', e."quoteOriginal",
    'reportedBy', e."reportedBy", 'links', coalesce(li.links, '[]'),
    'state', e."state", 'deleted', e."deletedAt" IS NOT NULL, 'createdById', e."createdById")::text AS entry
  FROM "Entry" e
  LEFT JOIN "Actor" sp ON sp."id" = e."speakerId"
  LEFT JOIN LATERAL (SELECT json_agg(p."name" ORDER BY ep."position") AS names, json_agg(${PLACE_LINK_SQL} ORDER BY ep."position") AS links
    FROM "EntryPlace" ep JOIN "Place" p ON p."id" = ep."placeId" WHERE ep."entryId" = e."id") pl ON true
  LEFT JOIN LATERAL (SELECT json_agg(json_build_object('slug', a."slug", 'name', a."name", 'kind', a."kind", 'country', a."country", 'role', ea."role")
      ORDER BY ea."createdAt", ea."actorId", ea."role") AS actors
    FROM "EntryActor" ea JOIN "Actor" a ON a."id" = ea."actorId" WHERE ea."entryId" = e."id") ac ON true
  LEFT JOIN LATERAL (SELECT json_agg(json_build_object('id', c."id", 'title', s."title", 'publisher', s."publisher", 'url', s."url",
      'publishedAt', ${partial(`s."publishedAt"`, `s."publishedPrecision"::text`)}, 'quote', c."quote",
      'reliability', s."reliability", 'credibility', c."credibility") ORDER BY c."position") AS sources
    FROM "Citation" c JOIN "Source" s ON s."id" = c."sourceId" WHERE c."entryId" = e."id") ci ON true
  LEFT JOIN LATERAL (SELECT json_agg(json_build_object('status', x."status", 'date', ${partial(`x."dateStart"`, `x."datePrecision"::text`)}, 'note', x."note",
      'source', CASE WHEN s."id" IS NOT NULL THEN json_build_object('title', s."title", 'publisher', s."publisher", 'url', s."url") END) ORDER BY x."position") AS steps
    FROM "AgreementStep" x LEFT JOIN "Source" s ON s."id" = x."sourceId" WHERE x."entryId" = e."id") st ON true
  LEFT JOIN LATERAL (SELECT json_agg(k.j ORDER BY k.o, k.at, k.id) AS links FROM (
      SELECT 0 AS o, l."createdAt" AS at, l."id", ${linked(true)} AS j
      FROM "EntryLink" l JOIN "Entry" x ON x."id" = l."toId" WHERE l."fromId" = e."id" AND ${shown("x")}
      UNION ALL
      SELECT 1, l."createdAt", l."id", ${linked(false)}
      FROM "EntryLink" l JOIN "Entry" x ON x."id" = l."fromId" WHERE l."toId" = e."id" AND ${shown("x")}) k) li ON true`;

type LinkType = keyof typeof RELATION;
type DetailRow = Omit<EntryDetail, "agreement" | "statement" | "links" | "updatedAt" | "editorial"> & {
  status: AgreementStatus | null;
  durationYears: number | null;
  figures: unknown;
  steps: NonNullable<EntryDetail["agreement"]>["steps"];
  speaker: NonNullable<EntryDetail["statement"]>["speaker"];
  quote: string | null;
  verbatim: boolean;
  language: string | null;
  original: string | null;
  reportedBy: string | null;
  links: (Omit<LinkedEntry, "relation"> & { type: LinkType; out: boolean })[];
  updatedAt: string;
  state: EntryDetail["editorial"]["state"];
  deleted: boolean;
  createdById: string | null;
};

/**
 * One entry by its permalink slug or id: published ones for everyone; a draft, an entry in review
 * or a deleted one only for its author (`viewerId`) and editors. Null otherwise. Once per request.
 */
export const getEntryDetail = cache(loadEntryDetail);

async function loadEntryDetail(slugOrId: string, viewerId?: string, viewerIsEditor?: boolean): Promise<EntryDetail | null> {
  const mayRead = viewerIsEditor
    ? Prisma.empty
    : viewerId
      ? Prisma.sql`AND ((${Prisma.raw(shown("e"))}) OR e."createdById" = ${viewerId})`
      : Prisma.sql`AND ${Prisma.raw(shown("e"))}`;
  // The slug first: a permalink is how readers arrive; an id matches only when no slug does.
  // Prepared (planned once per connection): planning its joins cost more than running them.
  const rows = await prepared<{ entry: string }>(Prisma.sql`${Prisma.raw(DETAIL_SQL)}
    WHERE (e."slug" = ${slugOrId} OR e."id" = ${slugOrId}) ${mayRead}
    ORDER BY e."slug" = ${slugOrId} DESC LIMIT 1`);
  if (!rows.length) return null;
  const row = JSON.parse(rows[0].entry) as DetailRow;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    date: row.date,
    sectors: row.sectors,
    places: row.places,
    placeLinks: row.placeLinks,
    actors: row.actors,
    // Only a web address leaves the record as one: the same rule as every other door (webUrl).
    sources: row.sources.map((source) => ({ ...source, url: webUrl(source.url) })),
    agreement:
      row.kind === "agreement"
        ? { status: row.status, durationYears: row.durationYears, figures: Array.isArray(row.figures) ? row.figures.filter(isFigure) : [], steps: row.steps }
        : null,
    statement:
      row.kind === "statement"
        ? { speaker: row.speaker, quote: row.quote, verbatim: row.verbatim, language: row.language, original: row.original, reportedBy: row.reportedBy }
        : null,
    links: row.links.map(({ type, out, ...entry }) => ({ ...entry, relation: RELATION[type][out ? "out" : "in"] })),
    updatedAt: new Date(row.updatedAt),
    editorial: { state: row.state, deleted: row.deleted, createdById: row.createdById },
  };
}
