import Link from "@/components/ui/link";
import { formatCount } from "@/lib/site/numbers";
import { StateBadge } from "./state-badge";

type Row = { id: string; slug: string; title: string; kind: string; state: "draft" | "in_review" | "published"; updatedAt: Date; reviewNote: string | null; createdBy: { name: string } | null };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * An editorial list: its first rows, and when it holds more, how many and which are shown (`order`:
 * "waiting longest", "most recently changed").
 */
export function EntryList({ rows, total, order, empty, label }: { rows: Row[]; total: number; order: string; empty: string; label: string }) {
  if (rows.length === 0) return <p className="mt-2 text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
    <>
      {total > rows.length && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="list-shown">
          Showing the {formatCount(rows.length)} {order} of {formatCount(total)}.
        </p>
      )}
      <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label={label}>
        {rows.map((r) => (
          <li key={r.id} className="py-2" data-testid="queue-entry">
            <div className="flex flex-wrap items-center gap-2">
              <Link className="font-medium underline" href={`/entries/${r.slug}/edit`}>
                {r.title}
              </Link>
              <StateBadge state={r.state} />
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {r.kind}
              {r.createdBy ? `, by ${r.createdBy.name}` : ""}, last changed {when.format(r.updatedAt)}
              {r.reviewNote && r.state === "draft" ? ` — returned: “${r.reviewNote}”` : ""}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
