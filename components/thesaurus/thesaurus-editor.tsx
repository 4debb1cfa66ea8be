"use client";
import { useState } from "react";
import { Field, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "@/components/editor/fields";
import { useFormState } from "@/components/editor/use-form-state";
import { synonymCreateInput, synonymDeleteInput, synonymRestoreInput, synonymUpdateInput } from "@/lib/thesaurus/input";
import type { SynonymSetRow } from "@/lib/thesaurus/queries";

/** One set: its terms in a text area (one per line), saved, deleted or restored on its own. */
function SetForm({ set, hidden }: { set: SynonymSetRow; hidden: boolean }) {
  const { hydrated, errors, message, send, succeed } = useFormState();
  const [current, setCurrent] = useState(set);
  const id = `set-${set.id}`;
  const act = async (name: string, schema: Parameters<typeof send>[1], input: unknown, done: string) => {
    const result = await send<typeof schema, SynonymSetRow & { deletedAt: string | null }>(name, schema, input, { fields: { terms: `${id}-terms` } });
    if (!result) return;
    const row = result.data;
    setCurrent({ id: row.id, terms: row.terms, version: row.version, deleted: row.deletedAt !== null });
    succeed(done);
  };
  return (
    // Hidden, not removed, while the list is filtered: a set being edited keeps what was typed.
    <li className="py-3" hidden={hidden}>
      <form
        noValidate
        aria-label={`Synonym set: ${current.terms.join(", ")}`}
        onSubmit={async (event) => {
          event.preventDefault();
          const terms = new FormData(event.currentTarget).get("terms");
          await act("synonym.update", synonymUpdateInput, { id: set.id, version: current.version, terms }, "Saved: searches use the new terms now.");
        }}
      >
        <fieldset disabled={!hydrated} className="contents">
          <Field id={`${id}-terms`} label={current.deleted ? "Terms (deleted set: searches ignore it)" : "Terms, one per line"} error={errors[`${id}-terms`]}>
            <textarea
              name="terms"
              rows={Math.min(6, current.terms.length + 1)}
              defaultValue={current.terms.join("\n")}
              key={current.version}
              className={inputClass}
              {...describedBy(`${id}-terms`, errors[`${id}-terms`])}
            />
          </Field>
          <FormStatus message={message?.text ?? null} tone={message?.tone} />
          <div className="flex gap-2">
            <button type="submit" className={buttonClass}>
              Save set
            </button>
            {current.deleted ? (
              <button type="button" className={secondaryButtonClass} onClick={() => act("synonym.restore", synonymRestoreInput, { id: set.id }, "Restored: searches use this set again.")}>
                Restore set
              </button>
            ) : (
              <button type="button" className={secondaryButtonClass} onClick={() => act("synonym.delete", synonymDeleteInput, { id: set.id, version: current.version }, "Deleted: searches no longer use this set. Restore it to bring it back.")}>
                Delete set
              </button>
            )}
          </div>
        </fieldset>
      </form>
    </li>
  );
}

function NewSetForm() {
  const { hydrated, errors, message, send } = useFormState();
  return (
    <form
      noValidate
      aria-labelledby="new-set-heading"
      className="max-w-xl"
      onSubmit={async (event) => {
        event.preventDefault();
        const terms = new FormData(event.currentTarget).get("terms");
        const saved = await send("synonym.create", synonymCreateInput, { terms }, { fields: { terms: "new-terms" } });
        if (saved) window.location.reload();
      }}
    >
      <h2 id="new-set-heading" className="mt-6 text-lg font-semibold">Add a set</h2>
      <fieldset disabled={!hydrated} className="contents">
        <Field id="new-terms" label="Terms, one per line" hint="For example: warplane, fighter jet, combat aircraft." error={errors["new-terms"]}>
          <textarea name="terms" rows={3} className={inputClass} {...describedBy("new-terms", errors["new-terms"], true)} />
        </Field>
        <FormStatus message={message?.text ?? null} tone={message?.tone} />
        <button type="submit" className={buttonClass}>
          Add set
        </button>
      </fieldset>
    </form>
  );
}

/** Folded for finding a set: case and accents aside ("Rosatom" finds "rosatom", "Reza" finds "Rezā"). */
const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function ThesaurusEditor({ sets }: { sets: SynonymSetRow[] }) {
  const [find, setFind] = useState("");
  const wanted = fold(find.trim());
  const shown = (set: SynonymSetRow) => !wanted || set.terms.some((t) => fold(t).includes(wanted));
  const count = sets.filter(shown).length;
  return (
    <>
      <NewSetForm />
      <h2 className="mt-8 text-lg font-semibold">Sets ({sets.length})</h2>
      <div className="mt-2 max-w-xl">
        <label htmlFor="find-set" className="block text-sm font-medium">
          Find a set by any of its terms
        </label>
        <input id="find-set" type="search" value={find} onChange={(e) => setFind(e.target.value)} className={inputClass} aria-describedby="find-set-count" />
        <p id="find-set-count" role="status" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {wanted ? (count === 0 ? `No set has a term with “${find.trim()}”.` : `${count} of ${sets.length} sets`) : ""}
        </p>
      </div>
      <ul className="max-w-xl divide-y divide-slate-200 dark:divide-slate-800">
        {sets.map((set) => (
          <SetForm key={set.id} set={set} hidden={!shown(set)} />
        ))}
      </ul>
    </>
  );
}
