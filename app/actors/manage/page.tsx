import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { MergeForm, UndoMergeButton } from "@/components/actors/actor-forms";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";
import { listActors, listMerges } from "@/lib/actors/manage-queries";

export const metadata: Metadata = { title: "Actors" };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function ManageActorsPage() {
  const caller = await requireUser("/actors/manage");
  const editor = hasRole(caller.role, "editor");
  const [actors, merges] = await Promise.all([listActors(), editor ? listMerges() : Promise.resolve([])]);
  const active = actors.filter((a) => !a.mergedIntoId);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Actors</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">People, organisations and states, with every spelling of their names. Analysts add new ones from the entry form.</p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Actors</caption>
        <thead>
          <tr>
            <th className="py-1 pr-2">Name</th>
            <th className="py-1 pr-2">Kind</th>
            <th className="py-1 pr-2">Spellings</th>
            <th className="py-1">Entries</th>
          </tr>
        </thead>
        <tbody>
          {active.map((a) => (
            <tr key={a.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-2">
                {editor ? <Link className="underline" href={`/actors/${a.slug}/edit`}>{a.name}</Link> : a.name}
                {a.deletedAt && " (deleted)"}
              </td>
              <td className="py-1 pr-2">{a.kind}</td>
              <td className="py-1 pr-2 tabular-nums">{a._count.names}</td>
              <td className="py-1 tabular-nums">{a._count.entries}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editor && (
        <>
          <section aria-labelledby="merge-heading" className="mt-10">
            <h2 id="merge-heading" className="text-lg font-semibold">Merge two actors</h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">Every spelling, role and statement of the duplicate moves to the kept actor. A merge can be undone.</p>
            <MergeForm actors={active.filter((a) => !a.deletedAt).map((a) => ({ id: a.id, name: a.name, country: a.country }))} />
          </section>
          <section aria-labelledby="merges-heading" className="mt-10">
            <h2 id="merges-heading" className="text-lg font-semibold">Merges</h2>
            {merges.length === 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">No merges yet.</p>}
            <ul className="mt-2 text-sm">
              {merges.map((m) => (
                <li key={m.id} className="mt-2" data-testid="merge">
                  {m.fromActor.name} into {m.intoActor.name}, {when.format(m.createdAt)}
                  {m.by ? ` by ${m.by.name}` : ""}
                  {m.undoneAt ? ` — undone ${when.format(m.undoneAt)}${m.undoneBy ? ` by ${m.undoneBy.name}` : ""}` : <> — <UndoMergeButton mergeId={m.id} label={`${m.fromActor.name} into ${m.intoActor.name}`} /></>}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}
