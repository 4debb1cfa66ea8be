import Link from "next/link";
import { EntrySummary } from "@/components/entries/entry-summary";
import { listEntries } from "@/lib/entries/queries";
import { entryListQuery } from "@/lib/entries/schemas";

// The record changes as analysts work: always render from the database.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const parsed = entryListQuery.safeParse({ page: (await searchParams).page ?? "1", pageSize: "20" });
  const query = parsed.success ? parsed.data : entryListQuery.parse({});
  const { data, total, page, pageSize } = await listEntries(query);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">The record, newest first</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        {total} {total === 1 ? "entry" : "entries"}: events, agreements and statements, each with its sources.
      </p>
      {data.length === 0 ? (
        <p className="mt-8">No entries yet.</p>
      ) : (
        <div className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
          {data.map((entry) => (
            <EntrySummary key={entry.id} entry={entry} />
          ))}
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="mt-6 flex items-center justify-between text-sm">
          {page > 1 ? <Link href={`/?page=${page - 1}`}>← Newer</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/?page=${page + 1}`}>Older →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
