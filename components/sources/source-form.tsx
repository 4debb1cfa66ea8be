"use client";
import { useFormState } from "@/components/editor/use-form-state";
import { RELIABILITY, sourceCreateInput, sourceUpdateInput } from "@/lib/sources/input";
import { Field, FormStatus, buttonClass, describedBy, inputClass } from "@/components/editor/fields";

type Source = { id: string; version: number; title: string; publisher: string | null; url: string | null; publishedAt: string | null; reliability: string | null };

const GRADES = { A: "A completely reliable", B: "B usually reliable", C: "C fairly reliable", D: "D not usually reliable", E: "E unreliable", F: "F cannot be judged" } as const;

export function SourceForm({ source, canGrade }: { source?: Source; canGrade: boolean }) {
  const { hydrated, errors, message, send } = useFormState();
  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={async (event) => {
        event.preventDefault();
        const f = new FormData(event.currentTarget);
        const input = {
          title: f.get("title"),
          publisher: f.get("publisher"),
          url: f.get("url"),
          publishedAt: f.get("publishedAt"),
          reliability: canGrade ? f.get("reliability") || null : null,
        };
        const invalid = "Not saved: check the fields marked in red.";
        const saved = source
          ? await send("source.update", sourceUpdateInput, { ...input, id: source.id, version: source.version }, { invalid })
          : await send("source.create", sourceCreateInput, input, { invalid });
        if (saved) window.location.assign("/sources");
      }}
    >
      <fieldset disabled={!hydrated} className="contents">
      <Field id="title" label="Title" error={errors.title}>
        <input name="title" defaultValue={source?.title} className={inputClass} {...describedBy("title", errors.title)} />
      </Field>
      <Field id="publisher" label="Publisher" error={errors.publisher}>
        <input name="publisher" defaultValue={source?.publisher ?? ""} className={inputClass} {...describedBy("publisher", errors.publisher)} />
      </Field>
      <Field id="url" label="Web address" error={errors.url}>
        <input name="url" type="url" defaultValue={source?.url ?? ""} className={inputClass} {...describedBy("url", errors.url)} />
      </Field>
      <Field id="publishedAt" label="Published" hint="YYYY-MM-DD, YYYY-MM or YYYY: as precise as the source says." error={errors.publishedAt}>
        <input name="publishedAt" defaultValue={source?.publishedAt ?? ""} className={inputClass} {...describedBy("publishedAt", errors.publishedAt, true)} />
      </Field>
      {canGrade && (
        <Field id="reliability" label="Reliability (Admiralty grade)" error={errors.reliability}>
          <select name="reliability" defaultValue={source?.reliability ?? ""} className={inputClass} {...describedBy("reliability", errors.reliability)}>
            <option value="">not graded</option>
            {RELIABILITY.map((r) => (
              <option key={r} value={r}>
                {GRADES[r]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <FormStatus message={message?.text ?? null} tone={message?.tone} />
      <button type="submit" className={buttonClass}>
        {source ? "Save source" : "Add source"}
      </button>
    </fieldset>
    </form>
  );
}
