"use client";
// One proposed entry: what the extractor read, why (its cues), what may already be in the record,
// and the analyst's choices: accept (opens the entry form filled in), edit the card first, reject.
import { useState } from "react";
import { formatEntryDate } from "@/components/ui/entry-date";
import type { ReviewedProposal } from "@/lib/extract/review";
import { ENTRY_KINDS } from "@/lib/entries/schemas";
import { sectorWords } from "@/lib/sectors/sectors";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/editor/fields";

export type CardChoice = { title: string; kind: ReviewedProposal["kind"]; create: Record<string, boolean> };

type Props = {
  proposal: ReviewedProposal;
  status: "open" | "rejected" | "saved";
  savedSlug?: string;
  busy: boolean;
  onAccept: (choice: CardChoice) => void;
  onReject: () => void;
  onUndo: () => void;
  onAddStep: () => void;
};

export function ProposalCard({ proposal: p, status, savedSlug, busy, onAccept, onReject, onUndo, onAddStep }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(p.title.slice(0, 200));
  const [kind, setKind] = useState(p.kind);
  const [create, setCreate] = useState<Record<string, boolean>>(Object.fromEntries(p.actors.filter((a) => !a.match).map((a) => [a.name, true])));
  const headingId = `card-${p.id}-title`;
  if (status === "rejected") {
    return (
      <li className="rounded border border-dashed border-slate-300 p-3 text-sm dark:border-slate-600" aria-labelledby={headingId}>
        <span id={headingId}>Rejected: {title}</span>{" "}
        <button type="button" className="underline" onClick={onUndo}>
          Undo
        </button>
      </li>
    );
  }
  return (
    <li className="rounded border border-slate-300 p-3 dark:border-slate-600" aria-labelledby={headingId} data-testid="proposal-card">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {kind} · {formatEntryDate(p.date)}
        {p.agreement ? ` · ${p.agreement.status.replace("_", " ")}` : ""}
      </p>
      <h3 id={headingId} className="mt-1 font-semibold">
        {title}
      </h3>
      {editing && (
        <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_auto]">
          <div>
            <label htmlFor={`card-${p.id}-edit-title`} className="block text-sm">
              Title
            </label>
            <input id={`card-${p.id}-edit-title`} className={inputClass} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`card-${p.id}-edit-kind`} className="block text-sm">
              Kind
            </label>
            <select id={`card-${p.id}-edit-kind`} className={inputClass} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
              {ENTRY_KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </div>
        </div>
      )}
      <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">{p.passage}</blockquote>
      <dl className="mt-2 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {p.statement && (
          <>
            <dt className="font-medium">Said</dt>
            <dd>
              {p.statement.speaker}: {p.statement.verbatim ? `“${p.statement.quote}” (verbatim)` : `${p.statement.quote} (reported speech)`}
            </dd>
          </>
        )}
        <dt className="font-medium">Actors</dt>
        <dd>
          {p.actors.length === 0 && "none recognised"}
          <ul className="flex flex-wrap gap-x-3">
            {p.actors.map((a) => (
              <li key={a.name}>
                {a.match ? (
                  <span>
                    {a.match.name}
                    {a.match.name !== a.name ? ` (as “${a.name}”)` : ""} <span className="text-slate-600 dark:text-slate-400">{a.role}</span>
                  </span>
                ) : (
                  <label className="inline-flex items-center gap-1">
                    <input type="checkbox" checked={create[a.name] ?? false} onChange={(e) => setCreate({ ...create, [a.name]: e.target.checked })} />
                    add {a.name} as a new {a.kind}
                  </label>
                )}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium">Sectors</dt>
        <dd>{sectorWords(p.sectors)}</dd>
        {p.places.length > 0 && (
          <>
            <dt className="font-medium">Places</dt>
            <dd>{p.places.join(", ")}</dd>
          </>
        )}
        {p.agreement && p.agreement.steps.length > 0 && (
          <>
            <dt className="font-medium">Steps</dt>
            <dd>{p.agreement.steps.map((s) => `${s.status.replace("_", " ")} (${s.date ?? "undated"})`).join("; ")}</dd>
          </>
        )}
      </dl>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Why this was proposed</summary>
        <ul className="mt-1 list-disc pl-5">
          {p.cues.map((c, i) => (
            <li key={i}>
              <span className="font-medium">{c.field}</span>: {c.rule}
            </li>
          ))}
        </ul>
      </details>
      {p.duplicates.length > 0 && (
        <section className="mt-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm dark:border-sky-800 dark:bg-sky-950" aria-label="Possibly already in the record">
          <p className="font-medium">Possibly already in the record:</p>
          <ul>
            {p.duplicates.map((d) => (
              <li key={d.id}>
                <a className="underline" href={`/entries/${d.slug}/edit`} target="_blank" rel="noopener">
                  {d.title}
                </a>{" "}
                ({d.state.replace("_", " ")}; {d.why.join(", ")})
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.stepOffer && status === "open" && (
        <p className="mt-2 text-sm">
          The record holds “{p.stepOffer.entry.title}” ({p.stepOffer.entry.status.replace("_", " ")}) without this {p.stepOffer.step.status.replace("_", " ")} step.{" "}
          <button type="button" className={secondaryButtonClass} disabled={busy} onClick={onAddStep}>
            Add the {p.stepOffer.step.status.replace("_", " ")} step to that entry
          </button>
        </p>
      )}
      {status === "saved" ? (
        <p className="mt-2 text-sm font-medium text-emerald-800 dark:text-emerald-300" role="status">
          Saved as a draft{savedSlug ? (
            <>
              : <a className="underline" href={`/entries/${savedSlug}/edit`}>open it</a>
            </>
          ) : null}
          .
        </p>
      ) : (
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={busy || !title.trim()} onClick={() => onAccept({ title: title.trim(), kind, create })}>
            Accept<span className="sr-only">: {title}</span>
          </button>
          <button type="button" className={secondaryButtonClass} aria-expanded={editing} onClick={() => setEditing(!editing)}>
            {editing ? "Done editing" : "Edit"}
            <span className="sr-only"> the card “{title}”</span>
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onReject}>
            Reject<span className="sr-only">: {title}</span>
          </button>
        </div>
      )}
    </li>
  );
}
