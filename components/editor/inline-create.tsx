"use client";
// "Not in the list? Create it": a new actor or source without leaving the entry form. Nothing is
// written here: the new record is checked, added to the entry, and created only when the entry is
// saved (components/editor/entry-form.tsx), so an abandoned form leaves nothing behind. Not a
// nested <form> (HTML forbids it): fields and a button.
import { useState } from "react";
import { actorCreateInput, type ActorFields } from "@/lib/actors/input";
import { guessActorKind } from "@/lib/actors/kind-guess";
import { sourceCreateInput, type SourceFields } from "@/lib/sources/input";
import { FieldError, inputClass, secondaryButtonClass } from "./fields";
import { checkInput, type FieldErrors } from "./mutate";

function Small({ id, label, error, ...props }: { id: string; label: string; error?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <input id={id} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...props} />
      <FieldError id={id} error={error} />
    </div>
  );
}

const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** Offered only while the search found nothing for a typed name. */
export function NewActor({ prefix, initialName, onAdd }: { prefix: string; initialName: string; onAdd: (actor: ActorFields) => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ name: initialName, kind: "person", kindChosen: false, country: "", aliases: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const id = (f: string) => `${prefix}-new-actor-${f}`;
  if (!open) {
    if (initialName.trim().length < 2) return null;
    return (
      <button
        type="button"
        className="mt-1 text-sm underline"
        onClick={() => {
          setValues({ name: initialName, kind: guessActorKind(initialName), kindChosen: false, country: "", aliases: "" });
          setErrors({});
          setOpen(true);
          focusLater(id("name"));
        }}
      >
        Not found? Create a new actor “{initialName}”
      </button>
    );
  }
  const setName = (name: string) => setValues((v) => ({ ...v, name, kind: v.kindChosen ? v.kind : guessActorKind(name) }));
  return (
    <div className="mt-2 rounded border border-slate-300 p-3 dark:border-slate-700" role="group" aria-label="New actor">
      <div className="grid gap-2 sm:grid-cols-2">
        <Small id={id("name")} label="Name (as readers should see it)" value={values.name} error={errors.name} onChange={(e) => setName(e.target.value)} />
        <div>
          <label htmlFor={id("kind")} className="block text-sm">
            Kind {values.kindChosen ? "" : "(guessed from the name)"}
          </label>
          <select id={id("kind")} className={inputClass} value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value, kindChosen: true })}>
            <option value="person">person</option>
            <option value="organisation">organisation</option>
            <option value="state">state</option>
          </select>
        </div>
        <Small id={id("country")} label="Country code (IR, RU, …)" value={values.country} error={errors.country} onChange={(e) => setValues({ ...values, country: e.target.value })} />
        <Small id={id("aliases")} label="Other spellings, comma-separated" value={values.aliases} error={errors.aliases} onChange={(e) => setValues({ ...values, aliases: e.target.value })} />
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">The actor is created when you save the entry.</p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            const input = { name: values.name, kind: values.kind, country: values.country, titles: [], aliases: values.aliases.split(",").map((s) => s.trim()).filter(Boolean) };
            const checked = checkInput(actorCreateInput, input);
            if (!checked.ok) return (setErrors(checked.fieldErrors), focusLater(id(Object.keys(checked.fieldErrors)[0] ?? "name")));
            onAdd(checked.data);
            setOpen(false);
          }}
        >
          Add new actor
        </button>
        <button type="button" className="text-sm underline" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function NewSource({ onAdd }: { onAdd: (source: SourceFields) => void }) {
  const [open, setOpen] = useState(false);
  const empty = { title: "", publisher: "", url: "", publishedAt: "" };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  if (!open) {
    return (
      <button type="button" className="mt-1 text-sm underline" onClick={() => (setOpen(true), focusLater("new-source-title"))}>
        Not found? Add a new source
      </button>
    );
  }
  const set = (f: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [f]: e.target.value });
  return (
    <div className="mt-2 rounded border border-slate-300 p-3 dark:border-slate-700" role="group" aria-label="New source">
      <div className="grid gap-2 sm:grid-cols-2">
        <Small id="new-source-title" label="Source title" value={values.title} error={errors.title} onChange={set("title")} />
        <Small id="new-source-publisher" label="Publisher" value={values.publisher} error={errors.publisher} onChange={set("publisher")} />
        <Small id="new-source-url" label="Web address" type="url" value={values.url} error={errors.url} onChange={set("url")} />
        <Small id="new-source-published" label="Published (YYYY-MM-DD, YYYY-MM or YYYY)" value={values.publishedAt} error={errors.publishedAt} onChange={set("publishedAt")} />
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">The source is created when you save the entry.</p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={() => {
            const checked = checkInput(sourceCreateInput, { ...values, reliability: null });
            if (!checked.ok) return (setErrors(checked.fieldErrors), focusLater(`new-source-${({ publishedAt: "published" } as Record<string, string>)[Object.keys(checked.fieldErrors)[0]] ?? Object.keys(checked.fieldErrors)[0] ?? "title"}`));
            onAdd(checked.data);
            setOpen(false);
            setValues(empty);
            setErrors({});
          }}
        >
          Add source and cite it
        </button>
        <button type="button" className="text-sm underline" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
