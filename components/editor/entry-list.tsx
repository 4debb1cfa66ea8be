import Link from "next/link";
import { StateBadge } from "./state-badge";

type Row = { id: string; slug: string; title: string; kind: string; state: "draft" | "in_review" | "published"; updatedAt: Date; reviewNote: string | null; createdBy: { name: string } | null };

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function EntryList({ rows, empty, label }: { rows: Row[]; empty: string; label: string }) {
  if (rows.length === 0) return <p className="mt-2 text-slate-600 dark:text-slate-400">{empty}</p>;
  return (
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
  );
}
