// The read API's contract: query parameters in, Entry JSON out. The browse page and the API both
// parse with these schemas.
import { z } from "zod";
import type { SearchExplanation } from "../search/explain";
import { parsePartialDate } from "../dates/partial-date";
import { AGREEMENT_STATUSES, SECTORS } from "../../prisma/seed/schema";
import { urlText } from "../validation/text";

export { AGREEMENT_STATUSES, SECTORS };
export const ENTRY_KINDS = ["event", "agreement", "statement"] as const;
/** Admiralty source reliability, A completely reliable … F cannot be judged. */
export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
/** Orders of a list: by date either way (undated last both ways), or by relevance to `q`. */
export const ENTRY_SORTS = ["newest", "oldest", "relevance"] as const;
export type Sector = (typeof SECTORS)[number];
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
export type EntrySort = (typeof ENTRY_SORTS)[number];

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((s) => parsePartialDate(s) !== null, "not a real calendar date");

/** A parameter that may repeat (?sector=energy&sector=trade) or come comma-separated. */
const repeated = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .union([urlText(), z.array(urlText())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));

export const entryListQuery = z
  .object({
    q: urlText().trim().max(200, "keep the search under 200 characters").optional(),
    kind: z.enum(ENTRY_KINDS).optional(),
    sector: repeated(z.enum(SECTORS)).optional(),
    actor: urlText().trim().min(1).max(200).optional(),
    /** A place by any spelling (Latin, Cyrillic, Persian) or its slug. */
    place: urlText()
      .trim()
      .min(1)
      .max(200, "keep the place under 200 characters")
      .optional()
      .meta({ description: "A place's slug or any spelling of its name (Latin, Cyrillic or Persian): entries that name it" }),
    from: isoDay.optional(),
    to: isoDay.optional(),
    /** Agreements at any of these steps of their lifecycle (may repeat). */
    status: repeated(z.enum(AGREEMENT_STATUSES)).optional(),
    /** Entries citing at least one source graded so (may repeat). */
    reliability: repeated(z.enum(RELIABILITY_GRADES)).optional(),
    /** Default: relevance with `q`, else newest; relevance without `q` falls back to newest. */
    sort: z.enum(ENTRY_SORTS).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    /** Keyset pagination: the `nextCursor` of the previous answer; takes the place of `page`. */
    cursor: urlText()
      .regex(/^[A-Za-z0-9_-]{1,400}$/, "use the nextCursor of the previous answer, unchanged")
      .optional()
      .meta({ description: "The `nextCursor` of the previous answer, with the same other parameters: continues after its last entry (`page` is then ignored)" }),
    pageSize: z.coerce.number().int().min(1).max(100, "pageSize is at most 100").default(20),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "from must not be after to", path: ["from"] });

export type EntryListQuery = z.infer<typeof entryListQuery>;

/** The order a list is shown in, once the defaults are applied. */
export function effectiveSort(query: Pick<EntryListQuery, "q" | "sort">): EntrySort {
  const hasQuery = !!query.q && /[\p{L}\p{N}]/u.test(query.q);
  if (query.sort === "relevance" || !query.sort) return hasQuery ? "relevance" : "newest";
  return query.sort;
}

/** URLSearchParams → plain object, keeping repeated keys as arrays. */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export type EntryPlaceLink = {
  slug: string;
  name: string;
  kind: "city" | "site" | "region" | "sea" | "country";
  country: string | null;
  latitude: number | null;
  longitude: number | null;
};

export type EntryDate = {
  start: string | null;
  end: string | null;
  precision: "day" | "month" | "year" | "unknown";
};

export type Entry = {
  id: string;
  slug: string;
  kind: EntryKind;
  title: string;
  summary: string;
  date: EntryDate;
  sectors: Sector[];
  /** The places' canonical names, in the entry's order. */
  places: string[];
  /** The same places as records: permalink (/places/{slug}), kind, country and coordinates (null until located). */
  placeLinks: EntryPlaceLink[];
  actors: { id: string; slug: string; name: string; role: string }[];
  sources: {
    id: string;
    title: string;
    publisher: string | null;
    url: string | null;
    publishedAt: string | null;
    quote: string | null;
    reliability: string | null;
    credibility: number | null;
  }[];
  status?: AgreementStatus | null;
  speaker?: { id: string; slug: string; name: string } | null;
  quote?: string | null;
  updatedAt: string;
  version: number;
};

export type EntryPage = {
  data: Entry[];
  /** Exact, or past the count cap an estimate (then totalIsEstimate is true): lib/entries/counts.ts. */
  total: number;
  totalIsEstimate: boolean;
  page: number;
  pageSize: number;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /** with q: how the query was read and widened (lib/search/explain.ts) */
  search?: SearchExplanation;
};
