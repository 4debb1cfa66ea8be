"use client";
// An agreement's current status, duration and dated lifecycle steps, each with its source.
import { AGREEMENT_STATUSES } from "@/lib/entries/schemas";
import { Field, FieldError, describedBy, inputClass, secondaryButtonClass } from "../fields";
import type { FormState, SectionProps } from "../form-state";

type Step = FormState["agreement"]["steps"][number];

export function AgreementSection({ state, update, errors, names }: SectionProps) {
  const agreement = state.agreement;
  const setAgreement = (patch: Partial<FormState["agreement"]>) => update({ agreement: { ...agreement, ...patch } });
  const statusOptions = AGREEMENT_STATUSES.map((s) => (
    <option key={s} value={s}>
      {s.replace("_", " ")}
    </option>
  ));
  return (
    <fieldset className="mt-6">
      <legend className="text-sm font-medium">Agreement</legend>
      <div className="flex flex-wrap gap-3">
        <Field id="agreement-status" label="Current status" error={errors["agreement.status"]}>
          <select className={inputClass} value={agreement.status} onChange={(ev) => setAgreement({ status: ev.target.value })} {...describedBy("agreement-status", errors["agreement.status"])}>
            {statusOptions}
          </select>
        </Field>
        <Field id="agreement-duration" label="Duration in years" error={errors["agreement.durationYears"]}>
          <input
            inputMode="decimal"
            className={inputClass}
            value={agreement.durationYears}
            onChange={(ev) => setAgreement({ durationYears: ev.target.value })}
            {...describedBy("agreement-duration", errors["agreement.durationYears"])}
          />
        </Field>
      </div>
      <h3 className="mt-4 text-sm font-medium">Lifecycle steps, each with its date and source</h3>
      <ol className="flex flex-col gap-2">
        {agreement.steps.map((step, i) => {
          const setStep = (patch: Partial<Step>) => setAgreement({ steps: agreement.steps.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
          return (
            <li key={i} className="flex flex-wrap items-end gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
              <div>
                <label htmlFor={`step-${i}-status`} className="block text-sm">
                  Step
                </label>
                <select id={`step-${i}-status`} className={inputClass} value={step.status} onChange={(ev) => setStep({ status: ev.target.value })}>
                  {statusOptions}
                </select>
              </div>
              <div>
                <label htmlFor={`step-${i}-date`} className="block text-sm">
                  Date (YYYY-MM-DD, YYYY-MM or YYYY)
                </label>
                <input className={inputClass} value={step.date} onChange={(ev) => setStep({ date: ev.target.value })} {...describedBy(`step-${i}-date`, errors[`agreement.steps.${i}.date`])} />
                <FieldError id={`step-${i}-date`} error={errors[`agreement.steps.${i}.date`]} />
              </div>
              <div>
                <label htmlFor={`step-${i}-source`} className="block text-sm">
                  Source (from those cited)
                </label>
                <select id={`step-${i}-source`} className={inputClass} value={step.sourceId} onChange={(ev) => setStep({ sourceId: ev.target.value })}>
                  <option value="">none</option>
                  {[...new Set([...state.citations.map((c) => c.sourceId), ...(step.sourceId ? [step.sourceId] : [])])].map((id) => (
                    <option key={id} value={id}>
                      {names.sources[id] ?? id}
                    </option>
                  ))}
                </select>
              </div>
              <div className="min-w-[16rem] flex-1">
                <label htmlFor={`step-${i}-note`} className="block text-sm">
                  Note
                </label>
                <input id={`step-${i}-note`} className={inputClass} value={step.note} onChange={(ev) => setStep({ note: ev.target.value })} />
              </div>
              <button type="button" className="pb-2 text-sm underline" onClick={() => setAgreement({ steps: agreement.steps.filter((_, j) => j !== i) })}>
                Remove step
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={`${secondaryButtonClass} mt-2`}
        onClick={() => setAgreement({ steps: [...agreement.steps, { status: agreement.status, date: "", sourceId: state.citations[0]?.sourceId ?? "", note: "" }] })}
      >
        Add a step
      </button>
    </fieldset>
  );
}
