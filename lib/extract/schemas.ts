// The extractor's contract: what the API and the page send, and the proposals they get back. The
// API route, the page's server call and the OpenAPI document all use these schemas.
import { z } from "zod";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS } from "../entries/schemas";
import { partialDateInput } from "../entries/input";

/** Articles run to a few thousand words; 200,000 characters is a long report, 5 MB is not an article. */
export const MAX_ARTICLE_CHARS = 200_000;

export const extractRequest = z.object({
  text: z
    .string({ error: "send the article's text" })
    .max(MAX_ARTICLE_CHARS, `the text is longer than ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters: paste one article, not a whole site or file`)
    .refine((t) => t.trim().length > 0, "the text is empty: paste the article's text")
    .refine((t) => !/[\u0000-\u0008\u000E-\u001F]/.test(t), "this looks like a binary file, not text: paste the article's text or upload a .txt or .html file"),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "give the publication date as YYYY-MM-DD")
    .refine((s) => partialDateInput.safeParse(s).success, "not a real calendar date")
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "The article's publication date: relative dates (“on Tuesday”, “earlier this month”) are resolved against it." }),
});
export type ExtractRequest = z.infer<typeof extractRequest>;

export const cue = z.object({
  field: z.enum(["kind", "date", "actors", "sectors", "places", "status", "speaker", "quote", "merge"]),
  rule: z.string(),
});

export const proposedDate = z.object({
  start: z.string().nullable().meta({ description: "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text says; null when undated" }),
  end: z.string().nullable(),
  precision: z.enum(["day", "month", "year", "unknown"]),
});

export const proposedActor = z.object({
  name: z.string().meta({ description: "The name as the article gives it, in full" }),
  role: z.string(),
  kind: z.enum(["person", "organisation", "state"]).meta({ description: "For an actor the record lacks: the guessed kind" }),
  country: z.string().nullable(),
  title: z.string().nullable(),
  weak: z.boolean().meta({ description: "A capitalised name with no title or speech verb: kept only when the record knows it" }),
  match: z
    .object({ id: z.string(), slug: z.string(), name: z.string(), matched: z.string() })
    .nullable()
    .meta({ description: "The record's actor this name matched (by any spelling), or null: offered as a new actor" }),
});

export const proposal = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  summary: z.string(),
  date: proposedDate,
  sectors: z.array(z.enum(SECTORS)),
  places: z.array(z.string()),
  actors: z.array(proposedActor),
  agreement: z
    .object({
      status: z.enum(AGREEMENT_STATUSES),
      durationYears: z.number().nullable(),
      figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string() })),
      steps: z.array(z.object({ status: z.enum(AGREEMENT_STATUSES), date: z.string().nullable(), note: z.string().nullable() })),
    })
    .nullable(),
  statement: z
    .object({ speaker: z.string(), quote: z.string(), verbatim: z.boolean(), language: z.string() })
    .nullable(),
  passage: z.string().meta({ description: "The sentence or sentences the fact comes from: the citation's quoted passage" }),
  sentences: z.array(z.number().int()).meta({ description: "Which sentences of the article (from 0)" }),
  cues: z.array(cue).meta({ description: "The rules and words that produced each field" }),
});
export type Proposal = z.infer<typeof proposal>;

/** A proposal as the API and the page return it: with likely duplicates and a possible new agreement step. */
export const reviewedProposal = proposal.extend({
  duplicates: z
    .array(z.object({ id: z.string(), slug: z.string(), title: z.string(), state: z.string(), date: z.string().nullable(), datePrecision: z.string(), why: z.array(z.string()) }))
    .meta({ description: "Entries already in the record (drafts included) that may be the same fact" }),
  stepOffer: z
    .object({
      entry: z.object({ id: z.string(), slug: z.string(), title: z.string(), version: z.number().int(), status: z.enum(AGREEMENT_STATUSES) }),
      step: z.object({ status: z.enum(AGREEMENT_STATUSES), date: z.string().nullable() }),
    })
    .nullable()
    .meta({ description: "The record holds this agreement without the step the article reports: add the step to it instead of a new entry" }),
});

const extraction = z.object({
  proposals: z.array(proposal),
  referenceDate: z
    .object({ day: z.string(), from: z.enum(["publication", "article"]) })
    .nullable()
    .meta({ description: "What relative dates were resolved against: the publication date, or else the article's latest full date" }),
  notices: z.array(z.string()).meta({ description: "What the analyst should know: text in another language, nothing recognised, …" }),
  words: z.number().int(),
});
export type ExtractResult = z.infer<typeof extraction>;

export const extractResponse = z.object({ data: extraction.extend({ proposals: z.array(reviewedProposal) }) });
