"use client";
// The form analysts and editors log and correct entries with: one component per section
// (components/editor/sections/). It validates with the same Zod schemas as the server, shows
// errors next to their fields, warns of possible duplicates while the analyst types, previews the
// entry, and on an edit conflict merges three ways, keeping everything typed.
import { useEffect, useRef, useState } from "react";
import type { ActorFields } from "@/lib/actors/input";
import type { SourceFields } from "@/lib/sources/input";
import { entryCreateInput, entryUpdateInput, type EntryFields } from "@/lib/entries/input";
import { pickFields, threeWayMerge, type MergeField } from "@/lib/entries/three-way-merge";
import { FIELD_LABELS, fieldTexts } from "@/lib/revisions/diff";
import type { EntrySnapshot } from "@/lib/revisions/types";
import { ConflictPanel, type EditConflict } from "./conflict-panel";
import { DateInput } from "./date-input";
import { EntryPreview } from "./entry-preview";
import { setEntryVersion } from "./entry-version";
import { Field, FieldError, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "./fields";
import { EMPTY_STATE, inputFrom, stateFrom, type FormState, type Names, type Pending, type SectionProps } from "./form-state";
import { checkInput, mutate, type FieldErrors } from "./mutate";
import { ActorsSection } from "./sections/actors-section";
import { AgreementSection } from "./sections/agreement-section";
import { BasicsSection } from "./sections/basics-section";
import { PlacesSection } from "./sections/places-section";
import { SectorsSection } from "./sections/sectors-section";
import { SourcesSection } from "./sections/sources-section";
import { StatementSection } from "./sections/statement-section";
import { useHydrated } from "./use-hydrated";

/** What each precision of a date looks like as typed (the day and month pickers give these forms). */
const DATE_FORM = {
  day: { pattern: /^\d{4}-\d{2}-\d{2}$/, hint: "YYYY-MM-DD" },
  month: { pattern: /^\d{4}-\d{2}$/, hint: "YYYY-MM" },
  year: { pattern: /^\d{4}$/, hint: "YYYY" },
} as const;

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
  const [pending, setPending] = useState<Pending>({ actors: {}, sources: {} });
  const pendingCount = useRef(0);
  const addPending = (kind: keyof Names, record: ActorFields | SourceFields) => {
    const id = `new-${kind === "actors" ? "actor" : "source"}-${++pendingCount.current}`;
    setPending((p) => ({ ...p, [kind]: { ...p[kind], [id]: record } }));
    return id;
  };
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

  /**
   * Creates the new actors and sources the entry still refers to (those removed meanwhile are
   * simply dropped) and returns the input with their real ids; the form keeps the real ids, so a
   * second try creates nothing twice. Null, with the reason shown, when one could not be created.
   */
  async function createPending<T extends Partial<EntryFields>>(data: T): Promise<T | null> {
    const real = new Map<string, string>();
    const usedActors = new Set([...(data.actors ?? []).map((a) => a.actorId), ...(data.statement ? [data.statement.speakerId] : [])]);
    const usedSources = new Set([...(data.citations ?? []).map((c) => c.sourceId), ...(data.agreement?.steps ?? []).flatMap((x) => (x.sourceId ? [x.sourceId] : []))]);
    const todo = [
      ...Object.entries(pending.actors).filter(([id]) => usedActors.has(id)).map(([id, input]) => ({ id, kind: "actors" as const, input, label: `the new actor “${input.name}”` })),
      ...Object.entries(pending.sources).filter(([id]) => usedSources.has(id)).map(([id, input]) => ({ id, kind: "sources" as const, input, label: `the new source “${input.title}”` })),
    ];
    for (const item of todo) {
      const created = await mutate<{ id: string }>(item.kind === "actors" ? "actor.create" : "source.create", item.input);
      if (!created.ok) {
        setMessage({ text: `Not saved: ${item.label} could not be created: ${created.message}`, tone: "error" });
        break;
      }
      real.set(item.id, created.data.id);
    }
    if (real.size) {
      const swap = (id: string) => real.get(id) ?? id;
      setNames((n) => ({
        actors: { ...n.actors, ...Object.fromEntries([...real].filter(([id]) => id in pending.actors).map(([id, to]) => [to, n.actors[id]])) },
        sources: { ...n.sources, ...Object.fromEntries([...real].filter(([id]) => id in pending.sources).map(([id, to]) => [to, n.sources[id]])) },
      }));
      setPending((p) => ({
        actors: Object.fromEntries(Object.entries(p.actors).filter(([id]) => !real.has(id))),
        sources: Object.fromEntries(Object.entries(p.sources).filter(([id]) => !real.has(id))),
      }));
      setState((s) => ({
        ...s,
        actors: s.actors.map((a) => ({ ...a, actorId: swap(a.actorId) })),
        citations: s.citations.map((c) => ({ ...c, sourceId: swap(c.sourceId) })),
        statement: { ...s.statement, speakerId: swap(s.statement.speakerId) },
        agreement: { ...s.agreement, steps: s.agreement.steps.map((x) => ({ ...x, sourceId: swap(x.sourceId) })) },
      }));
      data = {
        ...data,
        actors: data.actors?.map((a) => ({ ...a, actorId: swap(a.actorId) })),
        citations: data.citations?.map((c) => ({ ...c, sourceId: swap(c.sourceId) })),
        statement: data.statement ? { ...data.statement, speakerId: swap(data.statement.speakerId) } : data.statement,
        agreement: data.agreement ? { ...data.agreement, steps: data.agreement.steps.map((x) => ({ ...x, sourceId: x.sourceId ? swap(x.sourceId) : null })) } : data.agreement,
      };
    }
    return real.size === todo.length ? data : null;
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
    // A precision was chosen but no date given (or a day half typed, which the browser reports as
    // empty): say so rather than save the entry as undated. A date that does not fit the chosen
    // precision is named by that precision's form, not every form the API accepts.
    const { precision } = state.date;
    if (precision !== "unknown") {
      const form = DATE_FORM[precision];
      for (const which of state.date.range ? (["start", "end"] as const) : (["start"] as const)) {
        const text = state.date[which].trim();
        if (!text) fieldErrors[`date.${which}`] = which === "start" ? `enter a complete ${precision} (${form.hint}), or choose “unknown”` : `enter the end of the range (${form.hint})`;
        else if (!form.pattern.test(text)) fieldErrors[`date.${which}`] = `for a ${precision}, use ${form.hint}`;
      }
    }
    if (!checked.ok || Object.keys(fieldErrors).length) {
      setErrors(fieldErrors);
      setMessage({ text: `Not saved: check the ${Object.keys(fieldErrors).length === 1 ? "field" : "fields"} marked in red.`, tone: "error" });
      focusFirstError();
      return;
    }
    setBusy(true);
    const ready = await createPending(checked.data as Partial<EntryFields>);
    if (!ready) return setBusy(false);
    const result = await mutate<Saved>(base ? "entry.update" : "entry.create", ready);
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
      startConflict(result.message, details.current, ready, details.names);
      return;
    }
    focusFirstError();
    setMessage({ text: result.message, tone: "error" });
  }

  const section: SectionProps = { state, update, errors, names, addName, addPending };
  return (
    <form onSubmit={save} noValidate aria-label={base ? "Edit entry" : "New entry"}>
      <fieldset disabled={!hydrated || !canEdit} className="contents">
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
