"use client";
// A statement's speaker (found by any spelling, or created inline) and what they said.
import { CharCount, Field, FieldError, describedBy, inputClass } from "../fields";
import type { FormState, SectionProps } from "../form-state";
import { NewActor } from "../inline-create";
import { SearchPicker } from "../search-picker";
import type { ActorOption } from "./actors-section";

export function StatementSection({ state, update, errors, names, addName, addPending }: SectionProps) {
  const statement = state.statement;
  const set = (patch: Partial<FormState["statement"]>) => update({ statement: { ...statement, ...patch } });
  const choose = (a: { id: string; name: string }) => (addName("actors", a.id, a.name), set({ speakerId: a.id }));
  return (
    <fieldset className="mt-6">
      <legend className="text-sm font-medium">Statement</legend>
      <p className="mt-1">
        Speaker: <strong data-testid="speaker">{statement.speakerId ? (names.actors[statement.speakerId] ?? statement.speakerId) : "not chosen"}</strong>
      </p>
      <FieldError id="statement-speaker" error={errors["statement.speakerId"] ?? errors.statement} />
      <SearchPicker<ActorOption>
        label="Choose the speaker (any spelling)"
        url="/api/editor/find/actors"
        describe={(a) => `${a.name}${a.matched !== a.name ? ` (as “${a.matched}”)` : ""}`}
        onPick={choose}
        footer={(q, { clear }) => <NewActor prefix="speaker" initialName={q} onAdd={(actor) => (choose({ id: addPending("actors", actor), name: actor.name }), clear())} />}
      />
      <Field id="statement-quote" label="What they said" error={errors["statement.quote"]}>
        <textarea rows={5} className={inputClass} value={statement.quote} onChange={(ev) => set({ quote: ev.target.value })} {...describedBy("statement-quote", errors["statement.quote"])} />
        <CharCount id="statement-quote" value={statement.quote} max={5000} />
      </Field>
      <label className="mt-2 flex items-center gap-2">
        <input type="checkbox" checked={statement.verbatim} onChange={(ev) => set({ verbatim: ev.target.checked })} />
        verbatim quote (not a paraphrase)
      </label>
      <div className="grid gap-x-3 sm:grid-cols-3">
        <Field id="statement-language" label="Language of the quote" error={errors["statement.language"]}>
          <input className={inputClass} value={statement.language} onChange={(ev) => set({ language: ev.target.value })} {...describedBy("statement-language", errors["statement.language"])} />
        </Field>
        <Field id="statement-reported" label="Reported by" error={errors["statement.reportedBy"]}>
          <input className={inputClass} value={statement.reportedBy} onChange={(ev) => set({ reportedBy: ev.target.value })} {...describedBy("statement-reported", errors["statement.reportedBy"])} />
        </Field>
      </div>
      <Field id="statement-original" label="In the original language, if different" error={errors["statement.original"]}>
        <textarea rows={2} className={inputClass} value={statement.original} onChange={(ev) => set({ original: ev.target.value })} {...describedBy("statement-original", errors["statement.original"])} />
      </Field>
    </fieldset>
  );
}
