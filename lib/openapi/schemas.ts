// Zod schemas for what the API answers. The request side is parsed by the schemas the routes use
// (entryListQuery, importRow, …); these describe the responses, and the type checks below keep
// them equal to the TypeScript types the data layer returns, so the document cannot drift.
import { z } from "zod";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS, type Entry, type EntryPage } from "../entries/schemas";
import type { EntryRecord } from "../export/records";

const partial = z.string().meta({ description: "YYYY-MM-DD, YYYY-MM or YYYY: as precise as the sources allow", example: "2026-02" });
const actorRef = z.object({ id: z.string(), slug: z.string(), name: z.string() });

export const entrySchema = z
  .object({
    id: z.string(),
    slug: z.string().meta({ description: "Permalink: /entries/{slug}" }),
    kind: z.enum(ENTRY_KINDS),
    title: z.string(),
    summary: z.string(),
    date: z.object({
      start: partial.nullable(),
      end: partial.nullable().meta({ description: "End of a range; null for a single date" }),
      precision: z.enum(["day", "month", "year", "unknown"]),
    }),
    sectors: z.array(z.enum(SECTORS)),
    places: z.array(z.string()).meta({ description: "The places' canonical names, in the entry's order" }),
    placeLinks: z
      .array(
        z.object({
          slug: z.string().meta({ description: "Permalink: /places/{slug}" }),
          name: z.string(),
          kind: z.enum(["city", "site", "region", "sea", "country"]),
          country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2" }),
          latitude: z.number().nullable(),
          longitude: z.number().nullable().meta({ description: "null until an editor locates a place the gazetteer lacks" }),
        }),
      )
      .meta({ description: "The entry's places as records" }),
    actors: z.array(actorRef.extend({ role: z.string() })),
    sources: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        publisher: z.string().nullable(),
        url: z.string().nullable(),
        publishedAt: partial.nullable(),
        quote: z.string().nullable().meta({ description: "The passage that supports the entry" }),
        reliability: z.string().nullable().meta({ description: "Admiralty source reliability, A (completely reliable) to F (cannot be judged)" }),
        credibility: z.number().int().nullable().meta({ description: "Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged)" }),
      }),
    ),
    status: z.enum(AGREEMENT_STATUSES).nullable().optional().meta({ description: "Agreements: the current step of the lifecycle" }),
    speaker: actorRef.nullable().optional().meta({ description: "Statements: who said it" }),
    quote: z.string().nullable().optional().meta({ description: "Statements: what was said" }),
    updatedAt: z.string().meta({ format: "date-time" }),
    version: z.number().int().meta({ description: "Increases with every change; send it back with an update" }),
  })
  .meta({ id: "Entry" });

export const entryRecordSchema = entrySchema
  .extend({
    durationYears: z.number().nullable(),
    figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string() })),
    steps: z.array(z.object({ status: z.string(), date: partial.nullable(), sourceId: z.string().nullable(), note: z.string().nullable() })),
    quoteVerbatim: z.boolean(),
    quoteLanguage: z.string().nullable(),
    quoteOriginal: z.string().nullable(),
    reportedBy: z.string().nullable(),
    links: z.array(z.object({ type: z.string(), to: z.string().meta({ description: "slug of the linked entry" }) })),
  })
  .meta({ id: "EntryRecord", description: "An Entry with everything an export needs to come back unchanged in an import" });

export const searchExplanationSchema = z
  .object({
    terms: z.array(z.string()).meta({ description: "The query's words and phrases as searched for (lowercase, accents off)" }),
    widenedTo: z
      .array(
        z.object({
          from: z.string().meta({ description: "A word or phrase of the query" }),
          to: z.string().meta({ description: "What it was widened to" }),
          why: z.enum(["spelling", "synonym", "script", "joined"]).meta({
            description:
              "spelling: a close spelling in the record, or a number written as words in digits; synonym: a term of the same thesaurus set; script: the same name or word in another script (Latin, Cyrillic, Persian); joined: a model number written joined, split or hyphenated, or words typed without their spaces or one word typed apart",
          }),
        }),
      )
      .meta({ description: "How the query was widened; quote a word or phrase to search for it as typed" }),
    partial: z.boolean().meta({ description: "True when few entries have every word, so entries with most of them follow, ranked" }),
    didYouMean: z.string().nullable().meta({ description: "The query with unknown words spelled as the record spells them, or null" }),
  })
  .meta({ id: "SearchExplanation" });

export const entryPageSchema = z
  .object({
    data: z.array(entrySchema),
    total: z.number().int().meta({
      description: "How many entries match: exact up to 10,000 matches (and always for sector, kind, status and whole-month date filters); past that for searches and actor or grading filters, an estimate from a sample of the record, rounded to two significant figures, with `totalIsEstimate` true",
    }),
    totalIsEstimate: z.boolean().meta({ description: "true when `total` is an estimate (see total)" }),
    page: z.number().int(),
    pageSize: z.number().int(),
    nextCursor: z.string().nullable().meta({
      description: "Pass it as `cursor` (keeping the other parameters) for the next page; null when there is no next page. Deep pages are as fast as the first this way, unlike `page`",
    }),
    search: searchExplanationSchema.optional().meta({ description: "With q: how the query was read and widened" }),
  })
  .meta({ id: "EntryPage" });

export const errorSchema = z
  .object({
    error: z.object({
      message: z.string().meta({ description: "What went wrong and what to do" }),
      issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string() })),
    }),
  })
  .meta({ id: "Error" });

// Compile-time: the documented shapes are exactly the types the API returns.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const entryMatches: Same<z.infer<typeof entrySchema>, Entry> = true;
const recordMatches: Same<z.infer<typeof entryRecordSchema>, EntryRecord> = true;
void entryMatches;
void recordMatches;
const pageMatches: Same<z.infer<typeof entryPageSchema>, EntryPage> = true;
void pageMatches;
