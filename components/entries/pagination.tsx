import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import { viewSearch } from "@/lib/entries/url-state";
import type { EntryListQuery } from "@/lib/entries/schemas";

/** Previous/next and the page numbers near the current one; every page is its own URL. */
export function Pagination({ path, query, total }: { path: string; query: EntryListQuery; total: number }) {
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  if (pages <= 1 && query.page <= 1) return null;
  const href = (page: number) => `${path}${viewSearch({ ...query, page })}`;
  const near = [...new Set([1, query.page - 1, query.page, query.page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {query.page > 1 ? (
        <Link href={href(Math.min(query.page - 1, pages))} rel="prev" className="link">
          ← Newer
          <LinkPending />
        </Link>
      ) : (
        <span />
      )}
      <ul className="flex flex-wrap items-center gap-1">
        {near.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && near[i - 1] !== p - 1 && <span aria-hidden>…</span>}
            {p === query.page ? (
              <span aria-current="page" className="rounded bg-slate-900 px-2 py-0.5 font-semibold text-white dark:bg-slate-100 dark:text-slate-900">
                {p}
              </span>
            ) : (
              <Link href={href(p)} className="rounded px-2 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800" aria-label={`Page ${p}`}>
                {p}
                <LinkPending />
              </Link>
            )}
          </li>
        ))}
      </ul>
      <span className="sr-only">
        Page {query.page} of {pages}
      </span>
      {query.page < pages ? (
        <Link href={href(query.page + 1)} rel="next" className="link">
          Older →
          <LinkPending />
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
