import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CiteButton } from "@/components/entries/cite-button";
import { CorrectionsLog } from "@/components/entries/corrections-log";
import { EntryDate, formatEntryDate } from "@/components/ui/entry-date";
import { SectorChip } from "@/components/ui/sector-chip";
import { SourceLink } from "@/components/ui/source-link";
import { formatPartialDate, parsePartialDate } from "@/lib/dates/partial-date";
import { getEntryDetail, type EntryDetail } from "@/lib/entries/detail";
import { KIND_LABEL, STATUS_LABEL } from "@/lib/sectors/sectors";
import { requestOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

const slugParam = z.string().min(1).max(200);
type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]): Promise<EntryDetail> {
  const parsed = slugParam.safeParse(decodeURIComponent((await params).slug));
  const entry = parsed.success ? await getEntryDetail(parsed.data) : null;
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load(params);
  const description = entry.summary.length > 200 ? `${entry.summary.slice(0, 197)}…` : entry.summary;
  return {
    title: entry.title,
    description,
    alternates: { canonical: `/entries/${entry.slug}` },
    openGraph: { title: entry.title, description, type: "article" },
  };
}

function partial(text: string | null): string {
  const parsed = text ? parsePartialDate(text) : null;
  return parsed ? formatPartialDate(parsed.start, parsed.precision) : "undated";
}

const GRADE_MEANING: Record<string, string> = {
  A: "completely reliable source",
  B: "usually reliable source",
  C: "fairly reliable source",
  D: "not usually reliable source",
  E: "unreliable source",
  F: "source reliability cannot be judged",
};
const CREDIBILITY_MEANING = ["", "confirmed by other sources", "probably true", "possibly true", "doubtful", "improbable", "truth cannot be judged"];

function Grade({ reliability, credibility }: { reliability: string | null; credibility: number | null }) {
  if (!reliability && !credibility) return null;
  const meaning = [reliability && GRADE_MEANING[reliability], credibility && CREDIBILITY_MEANING[credibility]].filter(Boolean).join(", ");
  return (
    <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:bg-slate-800" title={meaning}>
      {reliability ?? "–"}
      {credibility ?? "–"}
      <span className="sr-only"> ({meaning})</span>
    </span>
  );
}

const h2 = "text-lg font-semibold";

export default async function EntryPage({ params }: Props) {
  const entry = await load(params);
  const permalink = `${await requestOrigin()}/entries/${entry.slug}`;
  const citeText = `Iran–Russia cooperation record, “${entry.title}” (${formatEntryDate(entry.date)}).`;
  const today = new Date();
  const served = formatPartialDate(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())), "day");
  return (
    <article className="max-w-3xl" data-testid="entry-page">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/entries" className="link">
          The record
        </Link>
        <span aria-hidden> / </span>
        <span>{KIND_LABEL[entry.kind]}</span>
      </nav>
      <div className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <EntryDate date={entry.date} className="font-medium tabular-nums" />
        <span data-testid="entry-kind">{KIND_LABEL[entry.kind]}</span>
        {entry.agreement?.status && (
          <span data-testid="entry-status" className="rounded bg-sky-50 px-1.5 text-sky-900 dark:bg-sky-950 dark:text-sky-200">
            {STATUS_LABEL[entry.agreement.status]}
          </span>
        )}
      </div>
      <h1 className="mt-1 text-2xl font-bold leading-tight tracking-tight md:text-3xl">{entry.title}</h1>

      {entry.statement && (
        <figure className="mt-5 border-l-4 border-sky-600 pl-4" data-testid="statement">
          <blockquote className="text-xl leading-relaxed">
            <p>{entry.statement.verbatim ? `“${entry.statement.quote}”` : entry.statement.quote}</p>
          </blockquote>
          <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            —{" "}
            {entry.statement.speaker ? (
              <Link href={`/actors/${entry.statement.speaker.slug}`} className="link font-semibold">
                {entry.statement.speaker.name}
              </Link>
            ) : (
              "unknown speaker"
            )}
            {entry.statement.speaker?.titles.length ? `, ${entry.statement.speaker.titles[0]}` : ""}
            {entry.statement.reportedBy && <>, as reported by {entry.statement.reportedBy}</>}
            {!entry.statement.verbatim && <span className="block text-xs">Paraphrase: the source gives no verbatim quote.</span>}
          </figcaption>
          {entry.statement.original && (
            <p className="mt-2 text-sm" lang={entry.statement.language ?? undefined}>
              Original: {entry.statement.original}
            </p>
          )}
        </figure>
      )}

      <p className="mt-5 text-lg leading-relaxed text-slate-800 dark:text-slate-200">{entry.summary}</p>

      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
        <dt className="font-semibold">Date</dt>
        <dd>
          {formatEntryDate(entry.date)}
          {entry.date.precision !== "day" && entry.date.precision !== "unknown" && (
            <span className="text-slate-600 dark:text-slate-400"> (known to the {entry.date.precision})</span>
          )}
        </dd>
        <dt className="font-semibold">Sectors</dt>
        <dd>
          <ul aria-label="Sectors" className="flex flex-wrap gap-2">
            {entry.sectors.map((s) => (
              <li key={s}>
                <SectorChip sector={s} />
              </li>
            ))}
          </ul>
        </dd>
        {entry.places.length > 0 && (
          <>
            <dt className="font-semibold">Places</dt>
            <dd>{entry.places.join(", ")}</dd>
          </>
        )}
        {entry.agreement?.durationYears && (
          <>
            <dt className="font-semibold">Duration</dt>
            <dd>{entry.agreement.durationYears} years</dd>
          </>
        )}
        {entry.agreement?.figures.map((f) => (
          <FigureRow key={f.label} label={f.label} value={`${f.value.toLocaleString("en-GB")} ${f.unit}`} />
        ))}
      </dl>

      {entry.agreement && (
        <section aria-labelledby="lifecycle" className="mt-8">
          <h2 id="lifecycle" className={h2}>
            Lifecycle
          </h2>
          {entry.agreement.steps.length === 0 ? (
            <p className="mt-2 text-sm">No dated steps recorded yet.</p>
          ) : (
            <ol className="mt-3 border-l-2 border-slate-300 dark:border-slate-700" data-testid="lifecycle">
              {entry.agreement.steps.map((step, i) => (
                <li key={i} className="relative ml-4 pb-4">
                  <span aria-hidden className="absolute -left-[1.4rem] top-1.5 size-3 rounded-full border-2 border-white bg-sky-700 dark:border-slate-950" />
                  <p className="text-sm">
                    <span className="font-semibold">{STATUS_LABEL[step.status]}</span>
                    <span className="text-slate-600 dark:text-slate-400"> · {partial(step.date)}</span>
                  </p>
                  {step.note && <p className="text-sm">{step.note}</p>}
                  {step.source && (
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      Source:{" "}
                      <SourceLink url={step.source.url} className="link">
                        {step.source.title}
                      </SourceLink>
                      {step.source.publisher && `, ${step.source.publisher}`}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      {entry.actors.length > 0 && (
        <section aria-labelledby="actors" className="mt-8">
          <h2 id="actors" className={h2}>
            Actors
          </h2>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2" data-testid="actors">
            {entry.actors.map((a) => (
              <li key={`${a.slug}-${a.role}`} className="text-sm">
                <Link href={`/actors/${a.slug}`} className="link font-medium">
                  {a.name}
                </Link>
                <span className="text-slate-600 dark:text-slate-400"> · {a.role}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources" className="mt-8">
        <h2 id="sources" className={h2}>
          Sources
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Graded on the Admiralty scale: source reliability A–F, information credibility 1–6.
        </p>
        <ol className="mt-3 space-y-4" data-testid="sources">
          {entry.sources.map((s) => (
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
                <blockquote className="mt-1 border-l-2 border-slate-300 pl-3 italic text-slate-700 dark:border-slate-600 dark:text-slate-300">
                  {s.quote}
                </blockquote>
              )}
            </li>
          ))}
        </ol>
      </section>

      {entry.links.length > 0 && (
        <section aria-labelledby="linked" className="mt-8">
          <h2 id="linked" className={h2}>
            Linked entries
          </h2>
          <ul className="mt-2 space-y-1" data-testid="links">
            {entry.links.map((l) => (
              <li key={`${l.relation}-${l.slug}`} className="text-sm">
                <span className="text-slate-600 dark:text-slate-400">{l.relation}: </span>
                <Link href={`/entries/${l.slug}`} className="link">
                  {l.title}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {" "}
                  ({KIND_LABEL[l.kind].toLowerCase()}, {partial(l.date)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <CorrectionsLog entryId={entry.id} />

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
        <a href={`/entries/${entry.slug}`} className="link">
          {permalink}
        </a>{" "}
        · last changed {formatPartialDate(entry.updatedAt, "day")}
      </p>
    </article>
  );
}

function FigureRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="font-semibold first-letter:uppercase">{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
