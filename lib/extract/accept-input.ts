// What the from-article page sends when the analyst accepts a card (or adds a reported step to an
// agreement the record holds): the article's source as confirmed, and the proposal as reviewed.
import { z } from "zod";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS } from "../entries/schemas";
import { entryDateInput, partialDateInput } from "../entries/input";
import { sourceFields } from "../sources/input";

const id = z.string().trim().min(1).max(40);

/** The article as a source: matched to one the record has (id), or described for creating it. */
export const articleSourceInput = sourceFields.omit({ reliability: true }).extend({ id: id.nullable() });
export type ArticleSourceInput = z.input<typeof articleSourceInput>;

export const acceptedActor = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(40),
  kind: z.enum(["person", "organisation", "state"]),
  country: z.string().trim().regex(/^[A-Z]{2}$/).nullable(),
  title: z.string().trim().max(200).nullable(),
  /** the record's actor it matched, or null */
  matchId: id.nullable(),
  /** for a name the record lacks: create it as a new actor (the analyst ticked it) */
  create: z.boolean(),
});

export const acceptProposalInput = z.object({
  source: articleSourceInput,
  proposal: z.object({
    kind: z.enum(ENTRY_KINDS),
    title: z.string().trim().min(1, "give the entry a title").max(200, "keep the title under 200 characters"),
    summary: z.string().trim().max(5000),
    date: entryDateInput,
    sectors: z.array(z.enum(SECTORS)).max(8),
    places: z.array(z.string().trim().min(1).max(100)).max(20),
    passage: z.string().max(5000),
    actors: z.array(acceptedActor).max(50),
    agreement: z
      .object({
        status: z.enum(AGREEMENT_STATUSES),
        durationYears: z.number().positive().max(200).nullable(),
        figures: z.array(z.object({ label: z.string().max(80), value: z.number(), unit: z.string().max(40) })).max(20),
        steps: z.array(z.object({ status: z.enum(AGREEMENT_STATUSES), date: partialDateInput.nullable(), note: z.string().max(500).nullable() })).max(30),
      })
      .nullable(),
    statement: z.object({ speaker: z.string().max(200), quote: z.string().max(5000), verbatim: z.boolean(), language: z.string().max(10) }).nullable(),
  }),
});
export type AcceptProposalInput = z.input<typeof acceptProposalInput>;

export const addStepInput = z.object({
  source: articleSourceInput,
  entryId: id,
  version: z.number().int().min(1),
  step: z.object({ status: z.enum(AGREEMENT_STATUSES), date: partialDateInput.nullable() }),
  passage: z.string().max(5000),
});
export type AddStepInput = z.input<typeof addStepInput>;
