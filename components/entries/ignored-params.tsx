// What of a view's address could not be read (a date typed "banana", a sector that is not one), shown
// above the results: the view is drawn without it, and the reader should see that at once rather than
// trust a list that ignores what they asked for.
import type { IgnoredParam } from "@/lib/entries/url-state";

const NAME: Record<string, string> = {
  q: "search",
  kind: "kind",
  sector: "sector",
  actor: "actor",
  place: "place",
  from: "from",
  to: "to",
  status: "agreement status",
  reliability: "source grading",
  sort: "order",
  page: "page",
  pageSize: "page size",
};

export function IgnoredParams({ ignored }: { ignored: IgnoredParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="ignored-params"
      className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">Not applied, because it could not be read:</p>
      <ul className="mt-1 list-inside list-disc">
        {ignored.map((i) => (
          <li key={i.key}>
            {NAME[i.key] ?? i.key} “{i.value}”: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
