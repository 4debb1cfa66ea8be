"use client";
// Kind, title and summary. The "already in the record?" warning sits right under the title, where
// the analyst is typing.
import { CharCount, Field, describedBy, inputClass } from "../fields";
import type { SectionProps } from "../form-state";
import { dateInputFrom } from "../date-input";
import { SimilarEntries } from "../similar-entries";

export function BasicsSection({ state, update, errors, isNew }: SectionProps & { isNew: boolean }) {
  return (
    <>
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

      <Field id="title" label="Title" error={errors.title} hint="What happened, in one line: “Tsivilyov visits Tehran”.">
        <input className={inputClass} value={state.title} onChange={(ev) => update({ title: ev.target.value })} {...describedBy("title", errors.title, true)} />
        <CharCount id="title" value={state.title} max={200} />
      </Field>
      {isNew && <SimilarEntries title={state.title} start={dateInputFrom(state.date).start} actorIds={state.actors.map((a) => a.actorId)} />}
      <Field id="summary" label="Summary" error={errors.summary}>
        <textarea rows={4} className={inputClass} value={state.summary} onChange={(ev) => update({ summary: ev.target.value })} {...describedBy("summary", errors.summary)} />
        <CharCount id="summary" value={state.summary} max={5000} />
      </Field>
    </>
  );
}
