import Link from "@/components/ui/link";
import type { SearchExplanation } from "@/lib/search/explain";
import type { EntryListQuery } from "@/lib/entries/schemas";
import { viewSearch } from "@/lib/entries/url-state";

const WHY: Record<SearchExplanation["widenedTo"][number]["why"], string> = {
  spelling: "close spelling of",
  synonym: "same meaning as",
  script: "same name in another script as",
  joined: "written apart, as",
};

/**
 * How the search read q: only some words required, a spelling suggestion, and what q was widened
 * to, so a reader can trust the list or narrow it (quotes search a word exactly as typed).
 */
export function SearchNotice({ search, fullMatches, query }: { search?: SearchExplanation; fullMatches: number | null; query: EntryListQuery }) {
  if (!search) return null;
  const widened = search.widenedTo.filter((w) => w.why !== "joined" || w.from !== w.to);
  if (fullMatches === null && !search.didYouMean && widened.length === 0) return null;
  return (
    <div data-testid="search-notice" className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
      {fullMatches !== null && (
        <p data-testid="partial-notice" className="font-medium">
          {fullMatches === 0
            ? "No entry has every word; showing entries with some of them."
            : `Only ${fullMatches} ${fullMatches === 1 ? "entry has" : "entries have"} every word; entries with some of them follow.`}
        </p>
      )}
      {search.didYouMean && (
        <p data-testid="did-you-mean">
          Did you mean{" "}
          <Link className="link font-medium" href={`/entries${viewSearch({ ...query, q: search.didYouMean, page: 1 }, { keepPage: false })}`}>
            {search.didYouMean}
          </Link>
          ?
        </p>
      )}
      {widened.length > 0 && (
        <p data-testid="widened">
          Also searched for:{" "}
          {widened.map((w, i) => (
            <span key={`${w.from}-${w.to}-${w.why}`}>
              {i > 0 && "; "}
              <span className="font-medium">{w.to}</span> ({WHY[w.why]} &ldquo;{w.from}&rdquo;)
            </span>
          ))}
          . Put a word in quotes to search for it exactly as typed.
        </p>
      )}
    </div>
  );
}
