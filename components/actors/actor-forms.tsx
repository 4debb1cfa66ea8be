"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormState } from "@/components/editor/use-form-state";
import { actorMergeInput, actorUpdateInput } from "@/lib/actors/input";
import { Field, FormStatus, buttonClass, describedBy, inputClass } from "@/components/editor/fields";
import { mutate } from "@/components/editor/mutate";

type Actor = { id: string; version: number; name: string; kind: string; country: string | null; titles: string[]; names: string[] };

export function ActorEditForm({ actor }: { actor: Actor }) {
  const { hydrated, errors, message, send } = useFormState();
  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={async (event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        const lines = (k: string, sep: RegExp) => String(f.get(k) ?? "").split(sep).map((s) => s.trim()).filter(Boolean);
        const input = {
          id: actor.id,
          version: actor.version,
          name: f.get("name"),
          kind: f.get("kind"),
          country: f.get("country"),
          titles: lines("titles", /\n/),
          aliases: lines("aliases", /\n/),
          reason: f.get("reason"),
        };
        if (await send("actor.update", actorUpdateInput, input, { invalid: "Not saved: check the fields marked in red." })) window.location.reload();
      }}
    >
      <fieldset disabled={!hydrated} className="contents">
      <Field id="name" label="Name readers see" error={errors.name}>
        <input name="name" defaultValue={actor.name} className={inputClass} {...describedBy("name", errors.name)} />
      </Field>
      <Field id="kind" label="Kind" error={errors.kind}>
        <select name="kind" defaultValue={actor.kind} className={inputClass} {...describedBy("kind", errors.kind)}>
          <option value="person">person</option>
          <option value="organisation">organisation</option>
          <option value="state">state</option>
        </select>
      </Field>
      <Field id="country" label="Country code" error={errors.country}>
        <input name="country" defaultValue={actor.country ?? ""} className={inputClass} {...describedBy("country", errors.country)} />
      </Field>
      <Field id="titles" label="Titles, one per line" error={errors.titles}>
        <textarea name="titles" rows={2} defaultValue={actor.titles.join("\n")} className={inputClass} {...describedBy("titles", errors.titles)} />
      </Field>
      <Field id="aliases" label="Every spelling, one per line" hint="Transliterations and the name in Persian or Russian: search finds the actor by any of them." error={errors.aliases}>
        <textarea name="aliases" rows={5} defaultValue={actor.names.join("\n")} className={inputClass} {...describedBy("aliases", errors.aliases, true)} />
      </Field>
      <Field id="reason" label="Why this change" error={errors.reason}>
        <input name="reason" className={inputClass} {...describedBy("reason", errors.reason)} />
      </Field>
      <FormStatus message={message?.text ?? null} tone={message?.tone} />
      <button type="submit" className={buttonClass}>
        Save actor
      </button>
    </fieldset>
    </form>
  );
}

export function MergeForm({ actors }: { actors: { id: string; name: string; country: string | null }[] }) {
  const { hydrated, errors, message, send, succeed } = useFormState();
  const router = useRouter();
  const options = actors.map((a) => (
    <option key={a.id} value={a.id}>
      {a.name}
      {a.country ? ` (${a.country})` : ""}
    </option>
  ));
  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={async (event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        const input = { fromId: f.get("fromId"), intoId: f.get("intoId"), reason: f.get("mergeReason") };
        const options = { invalid: "Not merged: check the fields marked in red.", fields: { reason: "mergeReason" } };
        const form = event.currentTarget;
        if (!(await send("actor.merge", actorMergeInput, input, options))) return;
        const name = (id: FormDataEntryValue | null) => actors.find((a) => a.id === id)?.name ?? "the actor";
        succeed(`Merged “${name(input.fromId)}” into “${name(input.intoId)}”: its spellings, roles and statements moved. Undo it below if it was a mistake.`);
        form.reset();
        router.refresh();
      }}
    >
      <fieldset disabled={!hydrated} className="contents">
      <Field id="fromId" label="Merge this duplicate…" error={errors.fromId}>
        <select name="fromId" defaultValue="" className={inputClass} {...describedBy("fromId", errors.fromId)}>
          <option value="">choose the duplicate</option>
          {options}
        </select>
      </Field>
      <Field id="intoId" label="…into this actor (kept)" error={errors.intoId}>
        <select name="intoId" defaultValue="" className={inputClass} {...describedBy("intoId", errors.intoId)}>
          <option value="">choose the actor to keep</option>
          {options}
        </select>
      </Field>
      <Field id="mergeReason" label="Why" error={errors.mergeReason}>
        <input name="mergeReason" className={inputClass} {...describedBy("mergeReason", errors.mergeReason)} />
      </Field>
      <FormStatus message={message?.text ?? null} tone={message?.tone} />
      <button type="submit" className={buttonClass}>
        Merge
      </button>
    </fieldset>
    </form>
  );
}

export function UndoMergeButton({ mergeId, label }: { mergeId: string; label: string }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="text-sm underline"
        onClick={async () => {
          const result = await mutate("actor.unmerge", { mergeId, reason: `Undo: ${label}` });
          if (result.ok) window.location.reload();
          else setMessage(result.message);
        }}
      >
        Undo merge of {label}
      </button>
      <span aria-live="polite" className="ml-2 text-sm text-red-700 dark:text-red-400">
        {message}
      </span>
    </span>
  );
}
