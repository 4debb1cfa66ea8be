"use client";
import { Field, describedBy, inputClass } from "../fields";
import type { SectionProps } from "../form-state";

export function PlacesSection({ state, update, errors }: SectionProps) {
  return (
    <Field id="places" label="Places" hint="Comma-separated: Tehran, Moscow." error={errors.places}>
      <input className={inputClass} value={state.places} onChange={(ev) => update({ places: ev.target.value })} {...describedBy("places", errors.places, true)} />
    </Field>
  );
}
