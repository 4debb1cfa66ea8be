"use client";
// Decisions on an entry (submit, publish, return, delete, restore, revert): each carries the
// version it was taken on and a short reason, and reloads the page when done. Also the delete and
// restore of actors and sources, with the version their page was loaded at.
import { useState } from "react";
import { FIELD_LABELS } from "@/lib/revisions/diff";
import { FieldError, FormStatus, buttonClass, inputClass, secondaryButtonClass } from "./fields";
import { useEntryVersion } from "./entry-version";
import { mutate } from "./mutate";

export type Decision = { action: string; label: string; reasonLabel?: string; danger?: boolean; extra?: Record<string, unknown> };

export function EntryActions({ id, version: pageVersion, decisions, formId = "decision" }: { id: string; version?: number; decisions: Decision[]; formId?: string }) {
  // An entry's form may have moved on to a newer version after an edit conflict: decide on that one.
  const entryVersion = useEntryVersion(id, pageVersion ?? 0);
  const version = pageVersion === undefined ? undefined : entryVersion;
  const [open, setOpen] = useState<Decision | null>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [blocking, setBlocking] = useState<{ slug: string; title: string }[]>([]);

  async function run(decision: Decision) {
    if (decision.reasonLabel && !reason.trim()) {
      setError("say why, in a few words");
      return;
    }
    setBusy(true);
    const result = await mutate(decision.action, { id, version, reason: reason.trim() || undefined, ...decision.extra });
    setBusy(false);
    if (result.ok) {
      window.location.reload();
      return;
    }
    setError(result.fieldErrors.reason);
    // An entry that is not complete (publishing a draft without a source, say): each missing part
    // by the name its form gives it, not the field's path in the request.
    const missing = Object.entries(result.fieldErrors).filter(([key]) => key !== "reason" && key !== "form");
    setMessage(
      missing.length
        ? `Not done, the entry is not complete: ${missing.map(([key, m]) => `${FIELD_LABELS[key.split(".")[0]] ?? key}: ${m}`).join("; ")}. Edit the entry to add what is missing.`
        : result.message,
    );
    // A refused delete names the entries that still use the record: link each one.
    const details = result.details as { entries?: string[]; entryTitles?: string[] } | undefined;
    setBlocking((details?.entries ?? []).map((slug, i) => ({ slug, title: details?.entryTitles?.[i] ?? slug })));
  }

  if (decisions.length === 0) return null;
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-2">
        {decisions.map((d) => (
          <button
            key={d.action + d.label}
            type="button"
            className={d.danger ? `${secondaryButtonClass} text-red-700 dark:text-red-400` : secondaryButtonClass}
            aria-expanded={open?.label === d.label}
            onClick={() => (d.reasonLabel ? (setOpen(d), setError(undefined), setMessage(null)) : run(d))}
            disabled={busy}
          >
            {d.label}
          </button>
        ))}
      </div>
      {open && (
        <div className="mt-2 max-w-lg">
          <label htmlFor={`${formId}-reason`} className="block text-sm font-medium">
            {open.reasonLabel}
          </label>
          <input
            id={`${formId}-reason`}
            className={inputClass}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${formId}-reason-error` : undefined}
          />
          <FieldError id={`${formId}-reason`} error={error} />
          <button type="button" className={`${buttonClass} mt-2`} disabled={busy} onClick={() => run(open)}>
            {open.label}
          </button>
        </div>
      )}
      <FormStatus message={message} />
      {blocking.length > 0 && (
        <ul aria-label="Entries that use it" className="mt-1 list-disc pl-5 text-sm" data-testid="blocking-entries">
          {blocking.map((e) => (
            <li key={e.slug}>
              <a className="underline" href={`/entries/${e.slug}/edit`}>
                {e.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
