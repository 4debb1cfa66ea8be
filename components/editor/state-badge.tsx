const STYLE = {
  draft: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  in_review: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  published: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
} as const;

export function StateBadge({ state, deleted }: { state: keyof typeof STYLE; deleted?: boolean }) {
  return (
    <span data-testid="entry-state" className={`rounded-full px-2 py-0.5 text-xs font-semibold ${deleted ? "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" : STYLE[state]}`}>
      {deleted ? "deleted" : state.replace("_", " ")}
    </span>
  );
}
