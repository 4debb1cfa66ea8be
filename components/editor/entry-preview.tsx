"use client";
import { formatDateRange, parsePartialDate } from "@/lib/dates/partial-date";
import { sectorWords } from "@/lib/sectors/sectors";

type PreviewInput = {
  kind: string;
  title: string;
  summary: string;
  date: { start: string | null; end: string | null };
  sectors: string[];
  places: string[];
  actors: { actorId: string; role: string }[];
  citations: { sourceId: string; quote: string | null; credibility: number | null }[];
  statement: { speakerId: string; quote: string; verbatim: boolean } | null;
  agreement: { status: string } | null;
};

/** The entry as readers will see it. Text is rendered as text: markup typed into a field shows as typed. */
export function EntryPreview({ input, names }: { input: PreviewInput; names: { actors: Record<string, string>; sources: Record<string, string> } }) {
  const start = input.date.start ? parsePartialDate(input.date.start) : null;
  const end = input.date.end ? parsePartialDate(input.date.end) : null;
  return (
    <section aria-label="Preview" className="mt-4 rounded border border-dashed border-slate-400 p-4 dark:border-slate-600">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Preview</p>
      <div className="mt-1 flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
        <span className="font-medium tabular-nums">{formatDateRange(start?.start ?? null, end?.start ?? null, start?.precision ?? "unknown")}</span>
        <span>{input.kind}</span>
        {input.agreement && <span>{input.agreement.status.replace("_", " ")}</span>}
      </div>
      <h2 className="mt-1 text-lg font-semibold">{input.title || "(no title yet)"}</h2>
      <p className="mt-1">{input.summary}</p>
      {input.statement && (
        <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">
          {input.statement.verbatim ? `“${input.statement.quote}”` : input.statement.quote} — {names.actors[input.statement.speakerId] ?? "speaker not chosen"}
        </blockquote>
      )}
      {input.actors.length > 0 && (
        <p className="mt-2 text-sm">Actors: {input.actors.map((a) => `${names.actors[a.actorId] ?? "?"} (${a.role})`).join(", ")}</p>
      )}
      <p className="mt-1 text-sm">Sectors: {sectorWords(input.sectors) || "none chosen"}</p>
      {input.places.length > 0 && <p className="mt-1 text-sm">Places: {input.places.join(", ")}</p>}
      <ol className="mt-2 list-decimal pl-5 text-sm">
        {input.citations.map((c, i) => (
          <li key={i}>
            {names.sources[c.sourceId] ?? "?"}
            {c.credibility ? ` (credibility ${c.credibility})` : ""}
            {c.quote ? <q className="block italic">{c.quote}</q> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
