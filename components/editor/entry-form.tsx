"use client";
// The form analysts and editors log and correct entries with: one component per section
// (components/editor/sections/). It validates with the same Zod schemas as the server, shows
// errors next to their fields, warns of possible duplicates while the analyst types, previews the
// entry, and on an edit conflict merges three ways, keeping everything typed.
import { useEffect, useRef, useState } from "react";
import { entryCreateInput, entryUpdateInput, type EntryFields } from "@/lib/entries/input";
import { pickFields, threeWayMerge, type MergeField } from "@/lib/entries/three-way-merge";
import { FIELD_LABELS, fieldTexts } from "@/lib/revisions/diff";
import type { EntrySnapshot } from "@/lib/revisions/types";
import { ConflictPanel, type EditConflict } from "./conflict-panel";
import { DateInput } from "./date-input";
import { EntryPreview } from "./entry-preview";
import { setEntryVersion } from "./entry-version";
import { Field, FieldError, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "./fields";
import { EMPTY_STATE, inputFrom, stateFrom, type FormState, type Names, type SectionProps } from "./form-state";
import { checkInput, mutate, type FieldErrors } from "./mutate";
import { ActorsSection } from "./sections/actors-section";
import { AgreementSection } from "./sections/agreement-section";
import { BasicsSection } from "./sections/basics-section";
import { PlacesSection } from "./sections/places-section";
import { SectorsSection } from "./sections/sectors-section";
import { SourcesSection } from "./sections/sources-section";
import { StatementSection } from "./sections/statement-section";
import { useHydrated } from "./use-hydrated";

export type { Names } from "./form-state";

/** Keyboard and screen-reader users land on the first field to fix. */
function focusFirstError() {
  setTimeout(() => document.querySelector<HTMLElement>("form [aria-invalid=true]")?.focus(), 0);
}

type Conflict = EditConflict & { mineState: FormState; theirsState: FormState };
type Saved = EntrySnapshot & { merged?: boolean; mergedFields?: { theirs: MergeField[] } };

export type EntryFormProps = {
  /** the entry to edit (its version is the one a save starts from) */
  initial?: EntrySnapshot;
  /** values to open a new entry with, e.g. proposed from an article; any field may be left out */
  prefill?: Partial<EntryFields>;
  /** names of the actors and sources that `initial` or `prefill` refer to */
  names?: Names;
  /** instead of opening the saved entry, hand it to the caller */
  onSaved?: (saved: EntrySnapshot) => void;
  canEdit?: boolean;
};

export function EntryForm({ initial, prefill, names: initialNames, onSaved, canEdit = true }: EntryFormProps) {
  const hydrated = useHydrated();
  const [state, setState] = useState<FormState>(initial ? stateFrom(initial) : prefill ? stateFrom(prefill) : EMPTY_STATE);
  const [base, setBase] = useState<EntrySnapshot | undefined>(initial);
  const [names, setNames] = useState<Names>(initialNames ?? { actors: {}, sources: {} });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const figures = (base ?? prefill)?.agreement?.figures ?? [];
  const addName = (kind: keyof Names, id: string, name: string) => setNames((n) => ({ ...n, [kind]: { ...n[kind], [id]: name } }));
  const input = inputFrom(state, figures);

  // Leaving with unsaved changes asks first.
  const dirty = useRef(false);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);
  const update = (patch: Partial<FormState>) => {
    dirty.current = true;
    setState((s) => ({ ...s, ...patch }));
  };

  /** Settles one field changed on both sides: the form takes that side's value (still editable). */
  function choose(field: MergeField, side: "mine" | "theirs") {
    if (!conflict) return;
    const source = side === "mine" ? conflict.mineState : conflict.theirsState;
    update({ [field]: source[field] } as Partial<FormState>);
    setConflict({ ...conflict, fields: conflict.fields.map((f) => (f.field === field ? { ...f, chosen: side } : f)) });
  }

  /**
   * A 409 from the server: merge three ways here too (the server's own function). The form moves
   * on to the current version, takes what others changed meanwhile, keeps what the saver changed,
   * and asks about each field both changed; nothing is saved until the saver has chosen.
   */
  function startConflict(text: string, current: EntrySnapshot, mine: Partial<EntryFields>, conflictNames?: Names) {
    if (!base) return;
    const allNames = conflictNames ? { actors: { ...names.actors, ...conflictNames.actors }, sources: { ...names.sources, ...conflictNames.sources } } : names;
    setNames(allNames);
    const merge = threeWayMerge(pickFields(base), mine, pickFields(current));
    const theirsState = stateFrom(current);
    const next: FormState = { ...theirsState, reason: state.reason };
    for (const f of [...merge.yours, ...merge.conflicts]) (next as Record<string, unknown>)[f] = state[f];
    const lookup = { actor: (id: string) => allNames.actors[id] ?? "an actor", source: (id: string) => allNames.sources[id] ?? "a source" };
    const mineTexts = fieldTexts({ ...current, ...mine }, lookup);
    const theirTexts = fieldTexts(current, lookup);
    setState(next);
    setBase(current);
    setEntryVersion(current.id, current.version);
    setConflict({
      message: text,
      version: current.version,
      theirs: [...new Set([...(conflict?.theirs ?? []), ...merge.theirs])],
      fields: merge.conflicts.map((field) => ({ field, mine: mineTexts[field], theirs: theirTexts[field], chosen: null })),
      mineState: state,
      theirsState,
    });
    setMessage({ text, tone: "error" });
    setTimeout(() => document.getElementById("conflict-panel")?.focus(), 0);
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const unsettled = conflict?.fields.filter((f) => !f.chosen) ?? [];
    if (unsettled.length) {
      setMessage({ text: `Not saved yet: choose yours or theirs for ${unsettled.map((f) => FIELD_LABELS[f.field].toLowerCase()).join(", ")} first.`, tone: "error" });
      document.getElementById("conflict-panel")?.focus();
      return;
    }
    const body = base ? { ...input, id: base.id, version: base.version, reason: state.reason } : { ...input, reason: state.reason || undefined };
    const checked = base ? checkInput(entryUpdateInput, body) : checkInput(entryCreateInput, body);
    const fieldErrors = checked.ok ? {} : { ...checked.fieldErrors };
    // A precision was chosen but no date given: say so rather than save the entry as undated.
    if (state.date.precision !== "unknown" && !state.date.start.trim()) fieldErrors["date.start"] = "enter the date, or choose “unknown”";
    if (state.date.range && state.date.precision !== "unknown" && !state.date.end.trim()) fieldErrors["date.end"] = "enter the end of the range";
    if (!checked.ok || Object.keys(fieldErrors).length) {
      setErrors(fieldErrors);
      setMessage({ text: `Not saved: check the ${Object.keys(fieldErrors).length === 1 ? "field" : "fields"} marked in red.`, tone: "error" });
      focusFirstError();
      return;
    }
    setBusy(true);
    const result = await mutate<Saved>(base ? "entry.update" : "entry.create", checked.data);
    setBusy(false);
    if (result.ok) {
      dirty.current = false;
      if (onSaved) return onSaved(result.data);
      // Reload the page so its header and decisions (submit, publish, …) carry the new version.
      const theirs = [...new Set([...(conflict?.theirs ?? []), ...(result.data.mergedFields?.theirs ?? [])])];
      const merged = theirs.length ? `&merged=${theirs.join(",")}` : "";
      window.location.assign(`/entries/${result.data.slug}/edit?saved=${base ? result.data.version : "draft"}${merged}`);
      return;
    }
    setErrors(result.fieldErrors);
    if (result.status === 409 && base) {
      const details = result.details as { current: EntrySnapshot; names?: Names };
      startConflict(result.message, details.current, checked.data as Partial<EntryFields>, details.names);
      return;
    }
    focusFirstError();
    setMessage({ text: result.message, tone: "error" });
  }

  const section: SectionProps = { state, update, errors, names, addName };
  return (
    <form onSubmit={save} noValidate aria-label={base ? "Edit entry" : "New entry"}>
      <fieldset disabled={!hydrated} className="contents">
        {conflict && <ConflictPanel conflict={conflict} onChoose={choose} />}
        <BasicsSection {...section} isNew={!base} />
        <DateInput value={state.date} onChange={(date) => update({ date })} errors={errors} />
        <SectorsSection {...section} />
        <PlacesSection {...section} />
        <ActorsSection {...section} />
        <SourcesSection {...section} />
        {state.kind === "agreement" && <AgreementSection {...section} />}
        {state.kind === "statement" && <StatementSection {...section} />}
        <FieldError id="agreement" error={errors.agreement} />

        <Field
          id="reason"
          label={base ? "Why this change" : "Note for the history (optional)"}
          hint={base ? "A short comment, kept in the history; readers see it in the corrections log once the entry is published." : undefined}
          error={errors.reason}
        >
          <input className={inputClass} value={state.reason} onChange={(ev) => update({ reason: ev.target.value })} {...describedBy("reason", errors.reason, !!base)} />
        </Field>

        <FormStatus message={message?.text ?? null} tone={message?.tone} />
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="submit" className={buttonClass} disabled={busy || !canEdit}>
            {busy ? "Saving…" : base ? "Save changes" : "Save draft"}
          </button>
          <button type="button" className={secondaryButtonClass} aria-expanded={preview} onClick={() => setPreview(!preview)}>
            {preview ? "Hide preview" : "Preview"}
          </button>
        </div>
        {preview && <EntryPreview input={input} names={names} />}
      </fieldset>
    </form>
  );
}
