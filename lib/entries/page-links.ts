// Which pages the browse pagination offers. With an exact total: the first, the last and the
// current page's neighbours. With an estimated one ("about 129,000 entries") the last page is not
// known: offering "page 6,450" would lead past the end or short of it, so the pages go on as long
// as the current one is full, and the count of pages is said to be about.
import { formatCount } from "../site/numbers";

export type PageLinks = {
  /** Page numbers to link, in order; a gap between two means pages left out. */
  pages: number[];
  /** More pages follow the last one linked (an estimated total). */
  more: boolean;
  newer: boolean;
  /** Where "newer" leads: the page before, or the last page from past the end. */
  newerPage: number;
  older: boolean;
  /** What a screen reader hears: "Page 3 of 12", "Page 3 of about 6,450". */
  label: string;
};

export function pageLinks({ page, pageSize, total, estimated, shown }: { page: number; pageSize: number; total: number; estimated: boolean; shown: number }): PageLinks {
  const count = Math.max(1, Math.ceil(total / pageSize));
  const sorted = (list: number[], last: number) => [...new Set(list)].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  if (!estimated) {
    return { pages: sorted([1, page - 1, page, page + 1, count], count), more: false, newer: page > 1, newerPage: Math.min(page - 1, count), older: page < count, label: `Page ${formatCount(page)} of ${formatCount(count)}` };
  }
  // A full page may be followed by more; a short one is the last.
  const full = shown >= pageSize;
  return {
    pages: sorted([1, page - 1, page, ...(full ? [page + 1] : [])], Number.MAX_SAFE_INTEGER),
    more: full,
    newer: page > 1,
    newerPage: page - 1,
    older: full,
    label: `Page ${formatCount(page)} of about ${formatCount(count)}`,
  };
}
