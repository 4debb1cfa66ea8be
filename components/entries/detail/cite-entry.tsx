// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import { CiteButton } from "@/components/entries/cite-button";
import { formatPartialDate } from "@/lib/dates/partial-date";
import { h2 } from "./format";

/** "Cite this entry": the reference as text to copy, with the permalink and today's date. */
export function CiteEntry({ citeText, permalink, slug, updatedAt }: { citeText: string; permalink: string; slug: string; updatedAt: Date }) {
  const today = new Date();
  const served = formatPartialDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())), "day");
  return (
    <>
    <section aria-labelledby="cite" className="mt-8 rounded border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="cite" className={h2}>
        Cite this entry
      </h2>
      <p className="mt-2 select-all break-words font-mono text-xs" data-testid="citation">
        {citeText} {permalink} (accessed {served}).
      </p>
      <div className="mt-3">
        <CiteButton before={citeText} permalink={permalink} />
      </div>
    </section>

    <p className="mt-6 text-xs text-slate-600 dark:text-slate-400">
      Permalink:{" "}
      <a href={`/entries/${slug}`} className="link">
        {permalink}
      </a>{" "}
      · last changed {formatPartialDate(updatedAt, "day")}
    </p>
    </>
  );
}
