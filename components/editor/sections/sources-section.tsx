"use client";
// The sources an entry cites: each with the quoted passage that supports it and its credibility.
import { CharCount, FieldError, inputClass } from "../fields";
import type { SectionProps } from "../form-state";
import { NewSource } from "../inline-create";
import { SearchPicker } from "../search-picker";

export type SourceOption = { id: string; title: string; publisher: string | null; publishedAt: string | null };

export function SourcesSection({ state, update, errors, names, addName, addPending }: SectionProps) {
  const cite = (s: { id: string; title: string }) => {
    addName("sources", s.id, s.title);
    update({ citations: [...state.citations, { sourceId: s.id, quote: "", credibility: "" }] });
  };
  const setCitation = (i: number, patch: Partial<SectionProps["state"]["citations"][number]>) =>
    update({ citations: state.citations.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <fieldset className="mt-6" aria-describedby={errors.citations ? "citations-error" : undefined}>
      <legend className="text-sm font-medium">Sources</legend>
      <FieldError id="citations" error={errors.citations} />
      <ol className="mt-1 flex flex-col gap-3">
        {state.citations.map((c, i) => (
          <li key={`${c.sourceId}-${i}`} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <p className="font-medium">{names.sources[c.sourceId] ?? c.sourceId}</p>
            <label htmlFor={`citations-${i}-quote`} className="mt-1 block text-sm">
              Quoted passage that supports the entry
            </label>
            <textarea id={`citations-${i}-quote`} rows={2} className={inputClass} value={c.quote} onChange={(ev) => setCitation(i, { quote: ev.target.value })} />
            <CharCount id={`citations-${i}-quote`} value={c.quote} max={5000} />
            <div className="mt-1 flex flex-wrap items-end gap-3">
              <div>
                <label htmlFor={`citations-${i}-credibility`} className="block text-sm">
                  Credibility (1 confirmed … 6 cannot be judged)
                </label>
                <select id={`citations-${i}-credibility`} className={inputClass} value={c.credibility} onChange={(ev) => setCitation(i, { credibility: ev.target.value })}>
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
        invalid={!!errors.citations}
        describedById={errors.citations ? "citations-error" : undefined}
        describe={(s) => [s.title, s.publisher, s.publishedAt].filter(Boolean).join(" · ")}
        onPick={cite}
        footer={(_q, { clear }) => <NewSource onAdd={(source) => (cite({ id: addPending("sources", source), title: source.title }), clear())} />}
      />
    </fieldset>
  );
}
