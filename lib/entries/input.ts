// What an analyst or editor may write into an entry. One schema per part of the entry; the form
// (in the browser), the editor's route handlers and the write API all parse with these.
import { z } from "zod";
import { parsePartialDate } from "../dates/partial-date";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS } from "./schemas";
import { text as boundaryText } from "../validation/text";

const text = (max: number, what: string) =>
  boundaryText().trim().min(1, `${what} is required`).max(max, `keep ${what} under ${max} characters`);
const optionalText = (max: number) =>
  boundaryText()
    .trim()
    .max(max, `keep it under ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

/** "2026-02-18", "2026-02" or "2026": as precise as the source allows, never more. */
export const partialDateInput = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => parsePartialDate(s) !== null, "not a real calendar date");

/** A date as precise as known, or a range of two dates of the same precision; both null when undated. */
export const entryDateInput = z
  .object({ start: partialDateInput.nullable().default(null), end: partialDateInput.nullable().default(null) })
  .superRefine((d, ctx) => {
    if (d.end && !d.start) ctx.addIssue({ code: "custom", path: ["start"], message: "a range needs a start date" });
    if (d.start && d.end) {
      if (d.start.length !== d.end.length)
        ctx.addIssue({ code: "custom", path: ["end"], message: "give both ends of the range with the same precision" });
      else if (d.end <= d.start) ctx.addIssue({ code: "custom", path: ["end"], message: "the range must end after it starts" });
    }
  });

const id = boundaryText().trim().min(1).max(40);

/** "event, agreement or statement" */
const oneOf = (values: readonly string[]) => `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;

/** A role in any case and spacing ("Host  Nation") is stored one way ("host nation"), whichever door it came through. */
export const roleInput = boundaryText()
  .transform((s) => s.trim().replace(/\s+/g, " ").toLowerCase())
  .pipe(
    z
      .string()
      .min(1, "the role is required")
      .max(40, "keep the role under 40 characters")
      .regex(/^[a-z][a-z _-]*$/, "a role is a word in letters, such as visitor, host or host nation (stored in lower case)"),
  );

export const entryActorInput = z.object({
  actorId: id,
  role: roleInput,
});

const QUOTE_MAX = 5000;

export const citationInput = z.object({
  sourceId: id,
  quote: optionalText(QUOTE_MAX),
  /** Admiralty information credibility 1 (confirmed) … 6 (cannot be judged) */
  credibility: z.number().int().min(1, "credibility is 1 to 6").max(6, "credibility is 1 to 6").nullable().default(null),
});
type Citation = z.output<typeof citationInput>;

/**
 * A source cited twice in one entry becomes one citation holding both passages, in order: the
 * reader sees the source once, and no passage is lost (the migration merge_repeated_citations did
 * the same to stored entries). Merged rather than refused because citing two passages of one
 * article is a real need. Two different credibility grades cannot be merged without picking one,
 * so those are refused at the second citation.
 */
function mergeCitations(list: Citation[], ctx: z.RefinementCtx<Citation[]>): Citation[] {
  const merged: Citation[] = [];
  const at = new Map<string, number>();
  list.forEach((c, i) => {
    const j = at.get(c.sourceId);
    if (j === undefined) {
      at.set(c.sourceId, merged.length);
      merged.push({ ...c });
      return;
    }
    const first = merged[j];
    if (c.credibility !== null && first.credibility !== null && c.credibility !== first.credibility) {
      ctx.addIssue({ code: "custom", path: [i, "credibility"], message: `this source is cited above with credibility ${first.credibility}: give one grade (its passages are kept together)` });
      return;
    }
    const quote = [first.quote, c.quote].filter(Boolean).join("\n\n") || null;
    if (quote && quote.length > QUOTE_MAX) {
      ctx.addIssue({ code: "custom", path: [i, "quote"], message: `this source is cited above, and its passages together run over ${QUOTE_MAX} characters: shorten them` });
      return;
    }
    merged[j] = { ...first, quote, credibility: first.credibility ?? c.credibility };
  });
  return merged;
}

const agreementStatus = z.enum(AGREEMENT_STATUSES, { error: `the status is ${oneOf(AGREEMENT_STATUSES)}` });

export const agreementStepInput = z.object({
  status: agreementStatus,
  date: partialDateInput.nullable().default(null),
  sourceId: id.nullable().default(null),
  note: optionalText(500),
});

export const agreementInput = z.object({
  status: agreementStatus,
  durationYears: z.number().positive().max(200).nullable().default(null),
  figures: z.array(z.object({ label: text(80, "the label"), value: z.number(), unit: text(40, "the unit") })).max(20).default([]),
  steps: z.array(agreementStepInput).max(30).default([]),
});

export const statementInput = z.object({
  speakerId: id,
  quote: text(5000, "the quote"),
  verbatim: z.boolean(),
  language: optionalText(10),
  original: optionalText(5000),
  reportedBy: optionalText(200),
});

const sector = z.enum(SECTORS, { error: `a sector is one of ${oneOf(SECTORS)}` });
const citationList = z.array(citationInput).max(30, "cite at most 30 sources");

/** Every field of an entry. Agreement details go with agreements only, statement details with statements. */
export const entryFieldsObject = z.object({
  kind: z.enum(ENTRY_KINDS, { error: `the kind is ${oneOf(ENTRY_KINDS)}` }),
  title: text(200, "the title"),
  summary: text(5000, "the summary"),
  date: entryDateInput,
  sectors: z.array(sector).min(1, "choose at least one sector"),
  places: z.array(text(100, "a place")).max(20),
  actors: z.array(entryActorInput).max(50),
  citations: citationList.min(1, "cite at least one source").transform(mergeCitations),
  agreement: agreementInput.nullable(),
  statement: statementInput.nullable(),
});

/**
 * A draft, parked half-done: the full schema with what a finished entry must have (a summary, a
 * sector, a source, a statement's quote) left for later. Everything a draft does give is checked
 * as in the full schema; the full one (entryFields) applies when it is submitted for review or
 * published, and to every save once it has left the draft state (lib/entries/write.ts).
 */
export const entryDraftFieldsObject = entryFieldsObject.extend({
  summary: boundaryText().trim().max(5000, "keep the summary under 5000 characters"),
  sectors: z.array(sector),
  citations: citationList.transform(mergeCitations),
  statement: statementInput.extend({ quote: boundaryText().trim().max(5000, "keep the quote under 5000 characters") }).nullable(),
});

type Checked = { kind?: string; agreement?: unknown; statement?: unknown; actors?: { actorId: string; role: string }[] };

/** Details that fit the kind; a draft (`needs` false) may still lack the details its kind needs. */
function kindMatchesDetails(e: Checked, ctx: z.RefinementCtx, needs = true) {
  noDoubles(e, ctx);
  if (e.kind === undefined) return;
  if (needs && e.kind === "agreement" && !e.agreement) ctx.addIssue({ code: "custom", path: ["agreement"], message: "an agreement needs its status" });
  if (e.kind !== "agreement" && e.agreement) ctx.addIssue({ code: "custom", path: ["agreement"], message: "only agreements have a status" });
  if (needs && e.kind === "statement" && !e.statement) ctx.addIssue({ code: "custom", path: ["statement"], message: "a statement needs a speaker and a quote" });
  if (e.kind !== "statement" && e.statement) ctx.addIssue({ code: "custom", path: ["statement"], message: "only statements have a speaker" });
}

/** One actor may hold several roles (a host who also signs), each kept; the same role twice is refused rather than dropped. */
function noDoubles(e: Checked, ctx: z.RefinementCtx) {
  const roles = new Set<string>();
  e.actors?.forEach((a, i) => {
    const key = `${a.actorId}|${a.role}`;
    if (roles.has(key)) ctx.addIssue({ code: "custom", path: ["actors", i, "role"], message: `this actor is already listed as “${a.role}”: give another role or remove the line` });
    roles.add(key);
  });
}

export const entryFields = entryFieldsObject.superRefine(kindMatchesDetails);
export type EntryFields = z.infer<typeof entryFieldsObject>;
const draftDetails = (e: Checked, ctx: z.RefinementCtx) => kindMatchesDetails(e, ctx, false);
export const entryDraftFields = entryDraftFieldsObject.superRefine(draftDetails);

/** The rules an entry's fields follow in its editorial state: a draft's, or the full ones. */
export function fieldRulesFor(state: string) {
  return state === "draft" ? entryDraftFields : entryFields;
}

/** Why a change was made: shown in the history and, for published entries, in the corrections log. */
export const reasonInput = text(300, "the reason");

const draft = entryDraftFieldsObject.shape;

/**
 * A new entry, saved as a draft: only its kind and title are needed yet. What is left out starts
 * empty. Only here: in a change, a field left out is a field left alone.
 */
export const entryCreateInput = entryDraftFieldsObject
  .extend({
    summary: draft.summary.default(""),
    date: draft.date.default({ start: null, end: null }),
    sectors: draft.sectors.default([]),
    places: draft.places.default([]),
    actors: draft.actors.default([]),
    citations: draft.citations.default([]),
    agreement: draft.agreement.default(null),
    statement: draft.statement.default(null),
    reason: reasonInput.optional(),
  })
  .superRefine(draftDetails);
export type EntryCreateInput = z.infer<typeof entryCreateInput>;

/**
 * A change to an entry: any fields, the version it started from, and why. Each field is read as a
 * draft's; the whole entry, with the change, is then checked by the rules of its state (fieldRulesFor).
 */
export const entryUpdateInput = entryDraftFieldsObject.partial().extend({
  id,
  version: z.number().int().min(1),
  reason: reasonInput,
});
export type EntryUpdateInput = z.infer<typeof entryUpdateInput>;

/** Submit, publish, return, delete, restore: the version the decision was made on, and why. */
export const entryDecisionInput = z.object({ id, version: z.number().int().min(1), reason: reasonInput });
export type EntryDecisionInput = z.infer<typeof entryDecisionInput>;

/** Submitting for review needs no reason. */
export const entrySubmitInput = entryDecisionInput.extend({ reason: reasonInput.optional() });

export const entryRevertInput = entryDecisionInput.extend({ toVersion: z.number().int().min(1) });
export type EntryRevertInput = z.infer<typeof entryRevertInput>;

/** The form's duplicate check: what the analyst has typed so far. */
export const similarEntriesQuery = z.object({
  title: boundaryText().trim().max(200).default(""),
  start: partialDateInput.optional(),
  actorIds: z.array(id).max(50).default([]),
  excludeId: id.optional(),
});
