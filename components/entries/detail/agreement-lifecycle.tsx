// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import { SourceLink } from "@/components/ui/source-link";
import type { EntryDetail } from "@/lib/entries/detail";
import { STATUS_LABEL } from "@/lib/sectors/sectors";
import { h2, partial } from "./format";

/** An agreement's dated steps, each with its source. */
export function AgreementLifecycle({ agreement }: { agreement: NonNullable<EntryDetail["agreement"]> }) {
  return (
    <section aria-labelledby="lifecycle" className="mt-8">
      <h2 id="lifecycle" className={h2}>
        Lifecycle
      </h2>
      {agreement.steps.length === 0 ? (
        <p className="mt-2 text-sm">No dated steps recorded yet.</p>
      ) : (
        <ol className="mt-3 border-l-2 border-slate-300 dark:border-slate-700" data-testid="lifecycle">
          {agreement.steps.map((step, i) => (
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
  );
}
