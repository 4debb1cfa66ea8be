// Agreements by the step of their lifecycle they have reached: a labelled horizontal bar per
// status, each a link to those agreements. Plain HTML, so it reads on any screen without JavaScript.
import Link from "@/components/ui/link";
import { AGREEMENT_STATUSES, type AgreementStatus } from "@/lib/entries/schemas";
import { STATUS_LABEL } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";

export function StatusBars({ counts, linkQuery = "" }: { counts: Record<AgreementStatus, number>; linkQuery?: string }) {
  const max = Math.max(1, ...Object.values(counts));
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return <p className="text-sm">No agreements recorded yet.</p>;
  return (
    <ul className="space-y-1 text-sm" data-testid="status-bars">
      {AGREEMENT_STATUSES.map((status) => (
        <li key={status} className="grid grid-cols-[6.5rem_1fr_3.5rem] items-center gap-2">
          <Link href={`/entries?kind=agreement&status=${status}${linkQuery}`} className="link">
            {STATUS_LABEL[status]}
          </Link>
          <span className="h-3 rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden>
            <span className="block h-3 rounded-sm bg-sky-700 dark:bg-sky-500" style={{ width: `${(counts[status] / max) * 100}%` }} />
          </span>
          <span className="text-right tabular-nums" data-testid={`status-${status}`}>
            {formatCount(counts[status])}
          </span>
        </li>
      ))}
    </ul>
  );
}
