import Link from "@/components/ui/link";
import { LinkPending } from "@/components/ui/link-pending";
import { pageLinks } from "@/lib/entries/page-links";
import { viewSearch } from "@/lib/entries/url-state";
import type { EntryListQuery } from "@/lib/entries/schemas";
import { formatCount } from "@/lib/site/numbers";

/**
 * Previous/next and the page numbers near the current one (lib/entries/page-links.ts); every page
 * is its own URL. `estimated`: the total is an estimate, so there is no known last page.
 */
export function Pagination({ path, query, total, estimated, shown }: { path: string; query: EntryListQuery; total: number; estimated: boolean; shown: number }) {
  const links = pageLinks({ page: query.page, pageSize: query.pageSize, total, estimated, shown });
  if (links.pages.length <= 1 && !links.newer && !links.older) return null;
  const href = (page: number) => `${path}${viewSearch({ ...query, page })}`;
  const { pages } = links;
  return (
    <nav aria-label="Pages" className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {links.newer ? (
        <Link href={href(links.newerPage)} rel="prev" className="link">
          ← Newer
          <LinkPending />
        </Link>
      ) : (
        <span />
      )}
      <ul className="flex flex-wrap items-center gap-1">
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-1">
            {i > 0 && pages[i - 1] !== p - 1 && <span aria-hidden>…</span>}
            {p === query.page ? (
              <span aria-current="page" className="rounded bg-slate-900 px-2 py-0.5 font-semibold text-white dark:bg-slate-100 dark:text-slate-900">
                {formatCount(p)}
              </span>
            ) : (
              <Link href={href(p)} className="rounded px-2 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800" aria-label={`Page ${formatCount(p)}`}>
                {formatCount(p)}
                <LinkPending />
              </Link>
            )}
          </li>
        ))}
        {links.more && (
          <li aria-hidden className="px-1">
            …
          </li>
        )}
      </ul>
      <span className="sr-only">{links.label}</span>
      {links.older ? (
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
