// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import Link from "@/components/ui/link";
import { textDirection } from "@/lib/names/direction";
import type { EntryDetail } from "@/lib/entries/detail";

/** A statement's words, its speaker and who reported it. */
export function StatementQuote({ statement }: { statement: NonNullable<EntryDetail["statement"]> }) {
  return (
    <figure className="mt-5 border-l-4 border-sky-600 pl-4" data-testid="statement">
      <blockquote className="text-xl leading-relaxed">
        <p {...textDirection(statement.quote ?? "")}>{statement.verbatim ? `“${statement.quote}”` : statement.quote}</p>
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        —{" "}
        {statement.speaker ? (
          <Link href={`/actors/${statement.speaker.slug}`} className="link font-semibold">
            {statement.speaker.name}
          </Link>
        ) : (
          "unknown speaker"
        )}
        {statement.speaker?.titles.length ? `, ${statement.speaker.titles[0]}` : ""}
        {statement.reportedBy && <>, as reported by {statement.reportedBy}</>}
        {!statement.verbatim && <span className="block text-xs">Paraphrase: the source gives no verbatim quote.</span>}
      </figcaption>
      {statement.original && (
        <p className="mt-2 text-sm">
          Original: <span {...textDirection(statement.original, statement.language)}>{statement.original}</span>
        </p>
      )}
    </figure>
  );
}
