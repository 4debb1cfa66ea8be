// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import { SourceLink } from "@/components/ui/source-link";
import type { EntryDetail } from "@/lib/entries/detail";
import { textDirection } from "@/lib/names/direction";
import { h2, partial } from "./format";

const GRADE_MEANING: Record<string, string> = {
  A: "completely reliable source",
  B: "usually reliable source",
  C: "fairly reliable source",
  D: "not usually reliable source",
  E: "unreliable source",
  F: "source reliability cannot be judged",
};
const CREDIBILITY_MEANING = ["", "confirmed by other sources", "probably true", "possibly true", "doubtful", "improbable", "truth cannot be judged"];

/** The Admiralty grade in words: "Source B — usually reliable · Credibility 2 — probably true". */
function Grade({ reliability, credibility }: { reliability: string | null; credibility: number | null }) {
  if (!reliability && !credibility) return null;
  const parts = [
    reliability ? `Source ${reliability} — ${GRADE_MEANING[reliability]?.replace(/ source$/, "") ?? "graded"}` : null,
    credibility ? `Credibility ${credibility} — ${CREDIBILITY_MEANING[credibility] ?? "graded"}` : null,
  ].filter(Boolean);
  return (
    <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800" data-testid="grade">
      {parts.join(" · ")}
    </span>
  );
}

/** The sources an entry cites, each with its grade and the quoted passage. */
export function EntrySources({ sources }: { sources: EntryDetail["sources"] }) {
  return (
    <section aria-labelledby="sources" className="mt-8">
      <h2 id="sources" className={h2}>
        Sources
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="grading-scale">
        {sources.some((s) => s.reliability || s.credibility)
          ? "Graded on the Admiralty scale: source reliability A–F, information credibility 1–6."
          : "Not graded yet on the Admiralty scale (source reliability A–F, information credibility 1–6)."}
      </p>
      <ol className="mt-3 space-y-4" data-testid="sources">
        {sources.map((s) => (
          <li key={s.id} className="text-sm">
            <p>
              <SourceLink url={s.url} className="link font-medium" textClassName="font-medium">
                {s.title}
              </SourceLink>
              {s.publisher && <span>, {s.publisher}</span>}
              <span className="text-slate-600 dark:text-slate-400">{s.publishedAt ? `, ${partial(s.publishedAt)}` : ", publication date unknown"}</span>{" "}
              <Grade reliability={s.reliability} credibility={s.credibility} />
            </p>
            {s.quote && (
              <blockquote {...textDirection(s.quote)} className="mt-1 whitespace-pre-line border-s-2 border-slate-300 ps-3 italic text-slate-700 dark:border-slate-600 dark:text-slate-300">
                {s.quote}
              </blockquote>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
