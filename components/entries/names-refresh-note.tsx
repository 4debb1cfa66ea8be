import { namesRefreshPending, type NamesTarget } from "@/lib/entries/search-names-refresh";

/**
 * While an actor's or a place's entries are still being given its newest spellings for search
 * (lib/entries/search-names-refresh.ts), says so: a search by a new spelling does not find them all yet.
 */
export async function NamesRefreshNote({ target }: { target: NamesTarget }) {
  if (!(await namesRefreshPending(target))) return null;
  return (
    <p role="status" data-testid="names-refresh-note" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      The newest spellings are still being added to the search of some of these entries: a search by a new spelling finds all of them within a few minutes.
    </p>
  );
}
