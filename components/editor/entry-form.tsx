"use client";
import { useHydrated } from "@/components/editor/use-hydrated";
// The form analysts and editors log and correct entries with. It validates with the same Zod
// schemas as the server, shows errors next to their fields, warns of possible duplicates while
// the analyst types, previews the entry, and on an edit conflict keeps everything typed and shows
// what changed meanwhile.
import { useEffect, useRef, useState } from "react";
import { entryCreateInput, entryUpdateInput, type EntryFields } from "@/lib/entries/input";
import { AGREEMENT_STATUSES, SECTORS } from "@/lib/entries/schemas";
import { pickFields, threeWayMerge, type MergeField } from "@/lib/entries/three-way-merge";
import { FIELD_LABELS, fieldTexts } from "@/lib/revisions/diff";
import type { EntrySnapshot } from "@/lib/revisions/types";
import { ConflictPanel, type EditConflict } from "./conflict-panel";
import { setEntryVersion } from "./entry-version";
import { DateInput, dateInputFrom, dateStateFrom, type DateState } from "./date-input";
import { EntryPreview } from "./entry-preview";
import { Field, FieldError, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "./fields";
import { NewActor, NewSource } from "./inline-create";
import { checkInput, mutate, type FieldErrors } from "./mutate";
import { PlacesSection, splitPlaces } from "./places-section";
import { SearchPicker } from "./search-picker";
import { SimilarEntries } from "./similar-entries";

type Names = { actors: Record<string, string>; sources: Record<string, string> };
type ActorOption = { id: string; name: string; matched: string; country: string | null };
type SourceOption = { id: string; title: string; publisher: string | null; publishedAt: string | null };

type State = {
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

const EMPTY: State = {
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

function stateFrom(s: EntryFields): State {
  return {
    kind: s.kind,
    title: s.title,
    summary: s.summary,
    date: dateStateFrom(s.date),
    sectors: s.sectors,
    places: s.places.join(", "),
    actors: s.actors,
    citations: s.citations.map((c) => ({ sourceId: c.sourceId, quote: c.quote ?? "", credibility: c.credibility ? String(c.credibility) : "" })),
    agreement: s.agreement
      ? {
          status: s.agreement.status,
          durationYears: s.agreement.durationYears ? String(s.agreement.durationYears) : "",
          steps: s.agreement.steps.map((x) => ({ status: x.status, date: x.date ?? "", sourceId: x.sourceId ?? "", note: x.note ?? "" })),
        }
      : EMPTY.agreement,
    statement: s.statement
      ? { ...s.statement, language: s.statement.language ?? "", original: s.statement.original ?? "", reportedBy: s.statement.reportedBy ?? "" }
      : EMPTY.statement,
    reason: "",
  };
}

function inputFrom(s: State, figures: NonNullable<EntryFields["agreement"]>["figures"]) {
  const number = (v: string) => (v.trim() === "" ? null : Number(v));
  return {
    kind: s.kind,
    title: s.title,
    summary: s.summary,
    date: dateInputFrom(s.date),
    sectors: s.sectors,
    places: splitPlaces(s.places),
    actors: s.actors,
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

/** Keyboard and screen-reader users land on the first field to fix. */
function focusFirstError() {
  setTimeout(() => document.querySelector<HTMLElement>("form [aria-invalid=true]")?.focus(), 0);
}

type Conflict = EditConflict & { mineState: State; theirsState: State };

/**
 * `initial` edits an entry; `prefill` starts a new one with values (a card accepted on the
 * from-article page), and `onSaved` keeps the user on their page instead of opening the draft.
 */
export function EntryForm({
  initial,
  prefill,
  onSaved,
  names: initialNames,
  canEdit = true,
}: {
  initial?: EntrySnapshot;
  prefill?: EntryFields;
  onSaved?: (saved: EntrySnapshot) => void;
  names?: Names;
  canEdit?: boolean;
}) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>(initial ? stateFrom(initial) : prefill ? stateFrom(prefill) : EMPTY);
  const [base, setBase] = useState<EntrySnapshot | undefined>(initial);
  const [names, setNames] = useState<Names>(initialNames ?? { actors: {}, sources: {} });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const figures = base?.agreement?.figures ?? prefill?.agreement?.figures ?? [];
  const set = (patch: Partial<State>) => setState((s) => ({ ...s, ...patch }));
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
  const update = (patch: Partial<State>) => {
    dirty.current = true;
    set(patch);
  };

  /** Settles one field changed on both sides: the form takes that side's value (still editable). */
  function choose(field: MergeField, side: "mine" | "theirs") {
    if (!conflict) return;
    const source = side === "mine" ? conflict.mineState : conflict.theirsState;
    update({ [field]: source[field] } as Partial<State>);
    setConflict({ ...conflict, fields: conflict.fields.map((f) => (f.field === field ? { ...f, chosen: side } : f)) });
  }

  /**
   * A 409 from the server: merge three ways here too (same function as the server). The form moves
   * on to the current version, takes what others changed meanwhile, keeps what the saver changed,
   * and asks about each field both changed; nothing is saved until the saver has chosen.
   */
  function startConflict(message: string, current: EntrySnapshot, mine: Partial<EntryFields>, conflictNames?: Names) {
    if (!base) return;
    const allNames = conflictNames ? { actors: { ...names.actors, ...conflictNames.actors }, sources: { ...names.sources, ...conflictNames.sources } } : names;
    if (conflictNames) setNames(allNames);
    const merge = threeWayMerge(pickFields(base), mine, pickFields(current));
    const theirsState = stateFrom(current);
    const next: State = { ...theirsState, reason: state.reason };
    for (const f of [...merge.yours, ...merge.conflicts]) (next as Record<string, unknown>)[f] = state[f];
    const lookup = { actor: (id: string) => allNames.actors[id] ?? "an actor", source: (id: string) => allNames.sources[id] ?? "a source" };
    const mineTexts = fieldTexts({ ...current, ...mine }, lookup);
    const theirTexts = fieldTexts(current, lookup);
    setState(next);
    setBase(current);
    setEntryVersion(current.id, current.version);
    setConflict({
      message,
      version: current.version,
      theirs: merge.theirs,
      fields: merge.conflicts.map((field) => ({ field, mine: mineTexts[field], theirs: theirTexts[field], chosen: null })),
      mineState: state,
      theirsState,
    });
    setMessage({ text: message, tone: "error" });
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
    const result = await mutate<EntrySnapshot & { merged?: boolean; mergedFields?: { theirs: MergeField[] } }>(base ? "entry.update" : "entry.create", checked.data);
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

  const e = (k: string) => errors[k];

  return (
    <form onSubmit={save} noValidate aria-label={base ? "Edit entry" : "New entry"}>
      <fieldset disabled={!hydrated} className="contents">
          {conflict && <ConflictPanel conflict={conflict} onChoose={choose} />}

      {!base && <SimilarEntries title={state.title} start={dateInputFrom(state.date).start} actorIds={state.actors.map((a) => a.actorId)} />}

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Kind</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["event", "agreement", "statement"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input type="radio" name="kind" value={k} checked={state.kind === k} onChange={() => update({ kind: k })} />
              {k}
            </label>
          ))}
        </div>
      </fieldset>

      <Field id="title" label="Title" error={e("title")} hint="What happened, in one line: “Tsivilyov visits Tehran”.">
        <input className={inputClass} value={state.title} onChange={(ev) => update({ title: ev.target.value })} {...describedBy("title", e("title"), true)} />
      </Field>
      <Field id="summary" label="Summary" error={e("summary")}>
        <textarea rows={4} className={inputClass} value={state.summary} onChange={(ev) => update({ summary: ev.target.value })} {...describedBy("summary", e("summary"))} />
      </Field>

      <DateInput value={state.date} onChange={(date) => update({ date })} errors={errors} />

      <fieldset className="mt-4" aria-describedby={e("sectors") ? "sectors-error" : undefined}>
        <legend className="text-sm font-medium">Sectors</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {SECTORS.map((s) => (
            <label key={s} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={state.sectors.includes(s)}
                onChange={(ev) => update({ sectors: ev.target.checked ? [...state.sectors, s] : state.sectors.filter((x) => x !== s) })}
              />
              {s}
            </label>
          ))}
        </div>
        <FieldError id="sectors" error={e("sectors")} />
      </fieldset>

      <PlacesSection value={state.places} onChange={(places) => update({ places })} error={e("places")} />

      <fieldset className="mt-6">
        <legend className="text-sm font-medium">Actors</legend>
        <ul className="mt-1 flex flex-col gap-2">
          {state.actors.map((a, i) => (
            <li key={`${a.actorId}-${i}`} className="flex flex-wrap items-end gap-2">
              <span className="min-w-40 font-medium">{names.actors[a.actorId] ?? a.actorId}</span>
              <div>
                <label htmlFor={`actors-${i}-role`} className="block text-sm">
                  Role of {names.actors[a.actorId]}
                </label>
                <input
                  className={inputClass}
                  value={a.role}
                  onChange={(ev) => update({ actors: state.actors.map((x, j) => (j === i ? { ...x, role: ev.target.value } : x)) })}
                  {...describedBy(`actors-${i}-role`, e(`actors.${i}.role`))}
                />
                <FieldError id={`actors-${i}-role`} error={e(`actors.${i}.role`)} />
              </div>
              <button type="button" className="pb-2 text-sm underline" onClick={() => update({ actors: state.actors.filter((_, j) => j !== i) })}>
                Remove {names.actors[a.actorId]}
              </button>
            </li>
          ))}
        </ul>
        <SearchPicker<ActorOption>
          label="Add an actor (any spelling)"
          url="/api/editor/find/actors"
          describe={(a) => `${a.name}${a.matched !== a.name ? ` (as “${a.matched}”)` : ""}${a.country ? `, ${a.country}` : ""}`}
          onPick={(a) => {
            addName("actors", a.id, a.name);
            update({ actors: [...state.actors, { actorId: a.id, role: "participant" }] });
          }}
          footer={(q) => (
            <NewActor prefix="actors" initialName={q} onCreated={(a) => (addName("actors", a.id, a.name), update({ actors: [...state.actors, { actorId: a.id, role: "participant" }] }))} />
          )}
        />
      </fieldset>

      <fieldset className="mt-6" aria-describedby={e("citations") ? "citations-error" : undefined}>
        <legend className="text-sm font-medium">Sources</legend>
        <FieldError id="citations" error={e("citations")} />
        <ol className="mt-1 flex flex-col gap-3">
          {state.citations.map((c, i) => (
            <li key={`${c.sourceId}-${i}`} className="rounded border border-slate-200 p-2 dark:border-slate-700">
              <p className="font-medium">{names.sources[c.sourceId] ?? c.sourceId}</p>
              <label htmlFor={`citations-${i}-quote`} className="mt-1 block text-sm">
                Quoted passage that supports the entry
              </label>
              <textarea
                id={`citations-${i}-quote`}
                rows={2}
                className={inputClass}
                value={c.quote}
                onChange={(ev) => update({ citations: state.citations.map((x, j) => (j === i ? { ...x, quote: ev.target.value } : x)) })}
              />
              <div className="mt-1 flex flex-wrap items-end gap-3">
                <div>
                  <label htmlFor={`citations-${i}-credibility`} className="block text-sm">
                    Credibility (1 confirmed … 6 cannot be judged)
                  </label>
                  <select
                    id={`citations-${i}-credibility`}
                    className={inputClass}
                    value={c.credibility}
                    onChange={(ev) => update({ citations: state.citations.map((x, j) => (j === i ? { ...x, credibility: ev.target.value } : x)) })}
                  >
                    <option value="">not graded</option>
                    {[1, 2, 3, 4, 5, 6].map((n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="button" className="pb-2 text-sm underline" onClick={() => update({ citations: state.citations.filter((_, j) => j !== i) })}>
                  Remove this source
                </button>
              </div>
            </li>
          ))}
        </ol>
        <SearchPicker<SourceOption>
          inputId="source-search"
          label="Cite a source (title, publisher or web address)"
          url="/api/editor/find/sources"
          invalid={!!e("citations")}
          describedById={e("citations") ? "citations-error" : undefined}
          describe={(s) => [s.title, s.publisher, s.publishedAt].filter(Boolean).join(" · ")}
          onPick={(s) => (addName("sources", s.id, s.title), update({ citations: [...state.citations, { sourceId: s.id, quote: "", credibility: "" }] }))}
          footer={() => <NewSource onCreated={(s) => (addName("sources", s.id, s.title), update({ citations: [...state.citations, { sourceId: s.id, quote: "", credibility: "" }] }))} />}
        />
      </fieldset>

      {state.kind === "agreement" && (
        <fieldset className="mt-6">
          <legend className="text-sm font-medium">Agreement</legend>
          <div className="flex flex-wrap gap-3">
            <Field id="agreement-status" label="Current status" error={e("agreement.status")}>
              <select className={inputClass} value={state.agreement.status} onChange={(ev) => update({ agreement: { ...state.agreement, status: ev.target.value } })} {...describedBy("agreement-status", e("agreement.status"))}>
                {AGREEMENT_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s.replace("_", " ")}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="agreement-duration" label="Duration in years" error={e("agreement.durationYears")}>
              <input inputMode="decimal" className={inputClass} value={state.agreement.durationYears} onChange={(ev) => update({ agreement: { ...state.agreement, durationYears: ev.target.value } })} {...describedBy("agreement-duration", e("agreement.durationYears"))} />
            </Field>
          </div>
          <h3 className="mt-4 text-sm font-medium">Lifecycle steps, each with its date and source</h3>
          <ol className="flex flex-col gap-2">
            {state.agreement.steps.map((step, i) => {
              const setStep = (patch: Partial<typeof step>) =>
                update({ agreement: { ...state.agreement, steps: state.agreement.steps.map((x, j) => (j === i ? { ...x, ...patch } : x)) } });
              return (
                <li key={i} className="flex flex-wrap items-end gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
                  <div>
                    <label htmlFor={`step-${i}-status`} className="block text-sm">Step</label>
                    <select id={`step-${i}-status`} className={inputClass} value={step.status} onChange={(ev) => setStep({ status: ev.target.value })}>
                      {AGREEMENT_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {s.replace("_", " ")}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`step-${i}-date`} className="block text-sm">Date (YYYY-MM-DD, YYYY-MM or YYYY)</label>
                    <input className={inputClass} value={step.date} onChange={(ev) => setStep({ date: ev.target.value })} {...describedBy(`step-${i}-date`, e(`agreement.steps.${i}.date`))} />
                    <FieldError id={`step-${i}-date`} error={e(`agreement.steps.${i}.date`)} />
                  </div>
                  <div>
                    <label htmlFor={`step-${i}-source`} className="block text-sm">Source (from those cited)</label>
                    <select id={`step-${i}-source`} className={inputClass} value={step.sourceId} onChange={(ev) => setStep({ sourceId: ev.target.value })}>
                      <option value="">none</option>
                      {[...new Set([...state.citations.map((c) => c.sourceId), ...(step.sourceId ? [step.sourceId] : [])])].map((id) => (
                        <option key={id} value={id}>
                          {names.sources[id] ?? id}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div>
                    <label htmlFor={`step-${i}-note`} className="block text-sm">Note</label>
                    <input id={`step-${i}-note`} className={inputClass} value={step.note} onChange={(ev) => setStep({ note: ev.target.value })} />
                  </div>
                  <button type="button" className="pb-2 text-sm underline" onClick={() => update({ agreement: { ...state.agreement, steps: state.agreement.steps.filter((_, j) => j !== i) } })}>
                    Remove step
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2`}
            onClick={() => update({ agreement: { ...state.agreement, steps: [...state.agreement.steps, { status: state.agreement.status, date: "", sourceId: state.citations[0]?.sourceId ?? "", note: "" }] } })}
          >
            Add a step
          </button>
        </fieldset>
      )}

      {state.kind === "statement" && (
        <fieldset className="mt-6">
          <legend className="text-sm font-medium">Statement</legend>
          <p className="mt-1">
            Speaker: <strong data-testid="speaker">{state.statement.speakerId ? names.actors[state.statement.speakerId] ?? state.statement.speakerId : "not chosen"}</strong>
          </p>
          <FieldError id="statement-speaker" error={e("statement.speakerId") ?? e("statement")} />
          <SearchPicker<ActorOption>
            label="Choose the speaker (any spelling)"
            url="/api/editor/find/actors"
            describe={(a) => `${a.name}${a.matched !== a.name ? ` (as “${a.matched}”)` : ""}`}
            onPick={(a) => (addName("actors", a.id, a.name), update({ statement: { ...state.statement, speakerId: a.id } }))}
            footer={(q) => <NewActor prefix="speaker" initialName={q} onCreated={(a) => (addName("actors", a.id, a.name), update({ statement: { ...state.statement, speakerId: a.id } }))} />}
          />
          <Field id="statement-quote" label="What they said" error={e("statement.quote")}>
            <textarea rows={3} className={inputClass} value={state.statement.quote} onChange={(ev) => update({ statement: { ...state.statement, quote: ev.target.value } })} {...describedBy("statement-quote", e("statement.quote"))} />
          </Field>
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" checked={state.statement.verbatim} onChange={(ev) => update({ statement: { ...state.statement, verbatim: ev.target.checked } })} />
            verbatim quote (not a paraphrase)
          </label>
          <div className="grid gap-x-3 sm:grid-cols-3">
            <Field id="statement-language" label="Language of the quote" error={e("statement.language")}>
              <input className={inputClass} value={state.statement.language} onChange={(ev) => update({ statement: { ...state.statement, language: ev.target.value } })} {...describedBy("statement-language", e("statement.language"))} />
            </Field>
            <Field id="statement-reported" label="Reported by" error={e("statement.reportedBy")}>
              <input className={inputClass} value={state.statement.reportedBy} onChange={(ev) => update({ statement: { ...state.statement, reportedBy: ev.target.value } })} {...describedBy("statement-reported", e("statement.reportedBy"))} />
            </Field>
          </div>
          <Field id="statement-original" label="In the original language, if different" error={e("statement.original")}>
            <textarea rows={2} className={inputClass} value={state.statement.original} onChange={(ev) => update({ statement: { ...state.statement, original: ev.target.value } })} {...describedBy("statement-original", e("statement.original"))} />
          </Field>
        </fieldset>
      )}
      <FieldError id="agreement" error={e("agreement")} />

      <Field id="reason" label={base ? "Why this change" : "Note for the history (optional)"} hint={base ? "A short comment, kept in the history; readers see it in the corrections log once the entry is published." : undefined} error={e("reason")}>
        <input className={inputClass} value={state.reason} onChange={(ev) => update({ reason: ev.target.value })} {...describedBy("reason", e("reason"), !!base)} />
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
