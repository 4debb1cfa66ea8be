// How a view's size reads on the page: exact ("12 entries, showing 1–12"), or past the count cap
// an estimate that says it is one ("about 129,000 entries (estimated from a sample)").
import { formatCount } from "../site/numbers";

export function totalText(total: number, isEstimate: boolean, first: number, shown: number): string {
  if (total === 0) return "No entries match.";
  const n = isEstimate ? `about ${formatCount(total)}` : formatCount(total);
  const noun = total === 1 && !isEstimate ? "entry" : "entries";
  const range = total > shown && shown > 0 ? `, showing ${formatCount(first)}–${formatCount(first + shown - 1)}` : "";
  return `${n} ${noun}${isEstimate ? " (estimated from a sample)" : ""}${range}`;
}
