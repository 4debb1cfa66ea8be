/** What a reader sees while a slow page's data arrives: the page's shape, and a spoken status. */
export function LoadingList({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse motion-reduce:animate-none">
      <span className="sr-only">{label}</span>
      <div aria-hidden className="h-7 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} aria-hidden className="mt-6 space-y-2">
          <div className="h-3 w-32 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-5 w-3/4 rounded bg-slate-200 dark:bg-slate-800" />
          <div className="h-4 w-full rounded bg-slate-100 dark:bg-slate-900" />
        </div>
      ))}
    </div>
  );
}
