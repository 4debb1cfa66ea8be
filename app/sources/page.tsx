import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listSources } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage() {
  const caller = await requireUser("/sources");
  const editor = hasRole(caller.role, "editor");
  const sources = await listSources();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Sources</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">Articles, statements and documents the record cites, with their reliability grade (A completely reliable … F cannot be judged).</p>
      <p className="mt-3 text-sm">
        <Link className="underline" href="/sources/new">Add a source</Link>
      </p>
      <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
        {sources.map((s) => (
          <li key={s.id} className="py-2">
            <p className="font-medium">
              {editor ? <Link className="underline" href={`/sources/${s.id}/edit`}>{s.title}</Link> : s.title}
            </p>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {[s.deleted && "deleted", s.publisher, s.publishedAt, s.reliability ? `reliability ${s.reliability}` : "not graded", `${s.citations} ${s.citations === 1 ? "citation" : "citations"}`].filter(Boolean).join(" · ")}
            </p>
            {s.clearedUrl && (
              <p className="break-all text-sm text-amber-800 dark:text-amber-300">
                Its address was removed because it is not a web link (kept here as text, check it and give a web address if it has one): {s.clearedUrl}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
