"use client";
import { SECTOR_INFO, SECTORS } from "@/lib/sectors/sectors";
import { FieldError } from "../fields";
import type { SectionProps } from "../form-state";

export function SectorsSection({ state, update, errors }: SectionProps) {
  return (
    <fieldset className="mt-4" aria-describedby={errors.sectors ? "sectors-error" : undefined}>
      <legend className="text-sm font-medium">Sectors</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {SECTORS.map((s) => (
          <label key={s} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={state.sectors.includes(s)}
              onChange={(ev) => update({ sectors: ev.target.checked ? [...state.sectors, s] : state.sectors.filter((x) => x !== s) })}
            />
            {SECTOR_INFO[s].label}
          </label>
        ))}
      </div>
      <FieldError id="sectors" error={errors.sectors} />
    </fieldset>
  );
}
