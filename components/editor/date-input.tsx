"use client";
import { FieldError, inputClass } from "./fields";

export type DateState = { precision: "day" | "month" | "year" | "unknown"; range: boolean; start: string; end: string };

const TYPE = { day: "date", month: "month", year: "text", unknown: "text" } as const;
const PLACEHOLDER = { day: "YYYY-MM-DD", month: "YYYY-MM", year: "YYYY", unknown: "" } as const;

/** The date as precise as the source allows: a day, a month, a year, unknown, or a range of two. */
export function DateInput({ value, onChange, errors }: { value: DateState; onChange: (v: DateState) => void; errors: Record<string, string | undefined> }) {
  const set = (patch: Partial<DateState>) => onChange({ ...value, ...patch });
  const one = (which: "start" | "end", label: string) => {
    const id = `date-${which}`;
    const error = errors[`date.${which}`];
    return (
      <div>
        <label htmlFor={id} className="block text-sm">
          {label}
        </label>
        <input
          id={id}
          type={TYPE[value.precision]}
          inputMode={value.precision === "year" ? "numeric" : undefined}
          placeholder={PLACEHOLDER[value.precision]}
          value={value[which]}
          onChange={(e) => set({ [which]: e.target.value })}
          className={inputClass}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : "date-hint"}
        />
        <FieldError id={id} error={error} />
      </div>
    );
  };
  return (
    <fieldset className="mt-4">
      <legend className="text-sm font-medium">Date of the fact</legend>
      <p id="date-hint" className="text-sm text-slate-600 dark:text-slate-400">
        As precise as the source allows: never a day the source does not give. The date it was reported goes with the source.
      </p>
      <div className="mt-1 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="date-precision" className="block text-sm">
            Known to the
          </label>
          <select
            id="date-precision"
            value={value.precision}
            onChange={(e) => set({ precision: e.target.value as DateState["precision"], start: "", end: "" })}
            className={inputClass}
          >
            <option value="day">day</option>
            <option value="month">month</option>
            <option value="year">year</option>
            <option value="unknown">unknown (undated)</option>
          </select>
        </div>
        {value.precision !== "unknown" && one("start", value.range ? "From" : value.precision === "day" ? "Day" : value.precision === "month" ? "Month" : "Year")}
        {value.precision !== "unknown" && value.range && one("end", "To")}
        {value.precision !== "unknown" && (
          <label className="flex items-center gap-2 pb-2 text-sm">
            <input type="checkbox" checked={value.range} onChange={(e) => set({ range: e.target.checked, end: "" })} />
            a range
          </label>
        )}
      </div>
    </fieldset>
  );
}

export function dateStateFrom(date: { start: string | null; end: string | null }): DateState {
  const precision = !date.start ? "unknown" : date.start.length === 10 ? "day" : date.start.length === 7 ? "month" : "year";
  return { precision, range: !!date.end, start: date.start ?? "", end: date.end ?? "" };
}

export function dateInputFrom(d: DateState): { start: string | null; end: string | null } {
  if (d.precision === "unknown") return { start: null, end: null };
  return { start: d.start.trim() || null, end: d.range ? d.end.trim() || null : null };
}
