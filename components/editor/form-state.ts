// The entry form's state: what each field holds as the user types (text where the schema wants
// numbers or lists), how it is built from an entry or from values to start with, and how it turns
// into the schema's input.
import type { ActorFields } from "@/lib/actors/input";
import type { EntryFields } from "@/lib/entries/input";
import type { SourceFields } from "@/lib/sources/input";
import { dateInputFrom, dateStateFrom, type DateState } from "./date-input";
import type { FieldErrors } from "./mutate";

export type Names = { actors: Record<string, string>; sources: Record<string, string> };

export type FormState = {
  kind: EntryFields["kind"];
  title: string;
  summary: string;
  date: DateState;
  sectors: string[];
  places: string;
  actors: { actorId: string; role: string }[];
  citations: { sourceId: string; quote: string; credibility: string }[];
  agreement: { status: string; durationYears: string; steps: { status: string; date: string; sourceId: string; note: string }[] };
  statement: { speakerId: string; quote: string; verbatim: boolean; language: string; original: string; reportedBy: string };
  reason: string;
};

export const EMPTY_STATE: FormState = {
  kind: "event",
  title: "",
  summary: "",
  date: { precision: "day", range: false, start: "", end: "" },
  sectors: [],
  places: "",
  actors: [],
  citations: [],
  agreement: { status: "signed", durationYears: "", steps: [] },
  statement: { speakerId: "", quote: "", verbatim: true, language: "", original: "", reportedBy: "" },
  reason: "",
};

/**
 * The form's state for an entry, or for values to start a new one with (any field may be left
 * out: it starts empty).
 */
export function stateFrom(s: Partial<EntryFields>): FormState {
  return {
    kind: s.kind ?? EMPTY_STATE.kind,
    title: s.title ?? "",
    summary: s.summary ?? "",
    date: s.date ? dateStateFrom(s.date) : EMPTY_STATE.date,
    sectors: s.sectors ?? [],
    places: (s.places ?? []).join(", "),
    actors: s.actors ?? [],
    citations: (s.citations ?? []).map((c) => ({ sourceId: c.sourceId, quote: c.quote ?? "", credibility: c.credibility ? String(c.credibility) : "" })),
    agreement: s.agreement
      ? {
          status: s.agreement.status,
          durationYears: s.agreement.durationYears ? String(s.agreement.durationYears) : "",
          steps: s.agreement.steps.map((x) => ({ status: x.status, date: x.date ?? "", sourceId: x.sourceId ?? "", note: x.note ?? "" })),
        }
      : EMPTY_STATE.agreement,
    statement: s.statement
      ? { ...s.statement, language: s.statement.language ?? "", original: s.statement.original ?? "", reportedBy: s.statement.reportedBy ?? "" }
      : EMPTY_STATE.statement,
    reason: "",
  };
}

/** The schema's input (not yet checked) from what the form holds. */
export function inputFrom(s: FormState, figures: NonNullable<EntryFields["agreement"]>["figures"]) {
  const number = (v: string) => (v.trim() === "" ? null : Number(v));
  return {
    kind: s.kind,
    title: s.title,
    summary: s.summary,
    date: dateInputFrom(s.date),
    sectors: s.sectors,
    places: s.places.split(",").map((p) => p.trim()).filter(Boolean),
    // A role is one lower-case word or two, however it was typed ("Host" → "host").
    actors: s.actors.map((a) => ({ ...a, role: a.role.trim().toLowerCase() })),
    citations: s.citations.map((c) => ({ sourceId: c.sourceId, quote: c.quote || null, credibility: number(c.credibility) })),
    agreement:
      s.kind === "agreement"
        ? {
            status: s.agreement.status,
            durationYears: number(s.agreement.durationYears),
            figures,
            steps: s.agreement.steps.map((x) => ({ status: x.status, date: x.date.trim() || null, sourceId: x.sourceId || null, note: x.note || null })),
          }
        : null,
    statement: s.kind === "statement" ? { ...s.statement, speakerId: s.statement.speakerId } : null,
  };
}

/** What every section of the form receives: the state, a way to change it, errors and names. */
export type SectionProps = {
  state: FormState;
  update: (patch: Partial<FormState>) => void;
  errors: FieldErrors;
  names: Names;
  addName: (kind: keyof Names, id: string, name: string) => void;
  /** a new actor or source to create when the entry is saved; its stand-in id until then */
  addPending: (kind: keyof Names, input: ActorFields | SourceFields) => string;
};

/** Actors and sources made in the form, created only when the entry is saved, by stand-in id. */
export type Pending = { actors: Record<string, ActorFields>; sources: Record<string, SourceFields> };

