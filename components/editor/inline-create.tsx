"use client";
// "Not in the list? Create it": a new actor or source without leaving the entry form. Not a
// nested <form> (HTML forbids it): fields and a button that call the mutation directly.
import { useState } from "react";
import { actorCreateInput } from "@/lib/actors/input";
import { sourceCreateInput } from "@/lib/sources/input";
import { FieldError, inputClass, secondaryButtonClass } from "./fields";
import { useFormState } from "./use-form-state";

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

export function NewActor({ prefix, initialName, onCreated }: { prefix: string; initialName: string; onCreated: (a: { id: string; name: string }) => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ name: initialName, kind: "person", country: "", aliases: "" });
  const { errors, message, setMessage, send } = useFormState();
  if (!open) {
    return (
      <button type="button" className="mt-1 text-sm underline" onClick={() => (setValues((v) => ({ ...v, name: initialName })), setOpen(true))}>
        Not found? Create a new actor{initialName ? ` “${initialName}”` : ""}
      </button>
    );
  }
  const id = (f: string) => `${prefix}-new-actor-${f}`;
  return (
    <div className="mt-2 rounded border border-slate-300 p-3 dark:border-slate-700" role="group" aria-label="New actor">
      <div className="grid gap-2 sm:grid-cols-2">
        <Small id={id("name")} label="Name (as readers should see it)" value={values.name} error={errors.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
        <div>
          <label htmlFor={id("kind")} className="block text-sm">
            Kind
          </label>
          <select id={id("kind")} className={inputClass} value={values.kind} onChange={(e) => setValues({ ...values, kind: e.target.value })}>
            <option value="person">person</option>
            <option value="organisation">organisation</option>
            <option value="state">state</option>
          </select>
        </div>
        <Small id={id("country")} label="Country code (IR, RU, …)" value={values.country} error={errors.country} onChange={(e) => setValues({ ...values, country: e.target.value })} />
        <Small id={id("aliases")} label="Other spellings, comma-separated" value={values.aliases} error={errors.aliases} onChange={(e) => setValues({ ...values, aliases: e.target.value })} />
      </div>
      <p aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {message?.text}
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={async () => {
            const input = { name: values.name, kind: values.kind, country: values.country, titles: [], aliases: values.aliases.split(",").map((s) => s.trim()).filter(Boolean) };
            const result = await send<typeof actorCreateInput, { id: string; name: string }>("actor.create", actorCreateInput, input, {
              invalid: "Check the new actor's fields.",
            });
            if (!result) return;
            onCreated(result.data);
            setOpen(false);
            setMessage(null);
          }}
        >
          Create and add actor
        </button>
        <button type="button" className="text-sm underline" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}

export function NewSource({ onCreated }: { onCreated: (s: { id: string; title: string }) => void }) {
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState({ title: "", publisher: "", url: "", publishedAt: "" });
  const { errors, message, setMessage, send } = useFormState();
  if (!open) {
    return (
      <button type="button" className="mt-1 text-sm underline" onClick={() => setOpen(true)}>
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
      <p aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {message?.text}
      </p>
      <div className="mt-2 flex gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          onClick={async () => {
            const result = await send<typeof sourceCreateInput, { id: string; title: string }>(
              "source.create",
              sourceCreateInput,
              { ...values, reliability: null },
              { invalid: "Check the new source's fields." },
            );
            if (!result) return;
            onCreated(result.data);
            setOpen(false);
            setMessage(null);
            setValues({ title: "", publisher: "", url: "", publishedAt: "" });
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
