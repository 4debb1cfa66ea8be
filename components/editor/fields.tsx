// Form primitives: every input has a label, and its error is tied to it (aria-describedby,
// aria-invalid) and announced (the form's status region is aria-live).
import type { ReactNode } from "react";

export const inputClass =
  "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100";
export const buttonClass =
  "inline-flex items-center justify-center rounded bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-60 dark:bg-sky-700 dark:hover:bg-sky-800";
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800";

export const errorId = (id: string) => `${id}-error`;

/** aria attributes of an input with this id and error. */
export function describedBy(id: string, error?: string, hint?: boolean) {
  const ids = [hint ? `${id}-hint` : null, error ? errorId(id) : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined } as const;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={errorId(id)} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  );
}

export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The form's message region: screen readers announce what it says. */
export function FormStatus({ message, tone = "error" }: { message: string | null; tone?: "error" | "ok" }) {
  return (
    <div aria-live="polite" role="status" className="mt-4 min-h-6">
      {message && (
        <p className={tone === "error" ? "rounded border border-red-300 bg-red-50 p-2 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200" : "rounded border border-emerald-300 bg-emerald-50 p-2 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"}>
          {message}
        </p>
      )}
    </div>
  );
}

/** "37 / 200": how much of a long field's limit is used, turning red past it. */
export function CharCount({ id, value, max }: { id: string; value: string; max: number }) {
  const over = value.length > max;
  return (
    <p id={`${id}-count`} className={`mt-0.5 text-right text-xs ${over ? "font-semibold text-red-700 dark:text-red-400" : "text-slate-600 dark:text-slate-400"}`}>
      {value.length} / {max} characters{over ? ` (${value.length - max} too many)` : ""}
    </p>
  );
}
