"use client";
import { useState } from "react";
import { Field, FormStatus, buttonClass, describedBy, inputClass, secondaryButtonClass } from "@/components/editor/fields";
import { useFormState } from "@/components/editor/use-form-state";
import { synonymCreateInput, synonymDeleteInput, synonymRestoreInput, synonymUpdateInput } from "@/lib/thesaurus/input";
import type { SynonymSetRow } from "@/lib/thesaurus/queries";

/** One set: its terms in a text area (one per line), saved, deleted or restored on its own. */
function SetForm({ set }: { set: SynonymSetRow }) {
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
    <li className="py-3">
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

export function ThesaurusEditor({ sets }: { sets: SynonymSetRow[] }) {
  return (
    <>
      <NewSetForm />
      <h2 className="mt-8 text-lg font-semibold">Sets ({sets.length})</h2>
      <ul className="max-w-xl divide-y divide-slate-200 dark:divide-slate-800">
        {sets.map((set) => (
          <SetForm key={set.id} set={set} />
        ))}
      </ul>
    </>
  );
}
