import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ActorEditForm } from "@/components/actors/actor-forms";
import { EntryActions } from "@/components/editor/entry-actions";
import { requireUser } from "@/lib/auth/current-user";
import { getActorForEdit } from "@/lib/actors/manage-queries";
import { rowVersion } from "@/lib/api/row-version";
import { safeRouteParam } from "@/lib/validation/text";

export const metadata: Metadata = { title: "Edit actor" };
export const dynamic = "force-dynamic";

export default async function EditActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const slug = safeRouteParam((await params).slug) ?? notFound();
  await requireUser(`/actors/${slug}/edit`, "editor");
  const actor = await getActorForEdit(slug);
  if (!actor) notFound();
  // Every change here starts from this version: a change made meanwhile is refused, not overwritten.
  const version = rowVersion(actor);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Edit actor: {actor.name}</h1>
      <nav aria-label="Actors" className="mt-2 text-sm">
        <Link className="underline" href="/actors/manage">All actors and merges</Link>
      </nav>
      {actor.mergedInto ? (
        <p className="mt-4">
          Merged into <Link className="underline" href={`/actors/${actor.mergedInto.slug}/edit`}>{actor.mergedInto.name}</Link>. Undo the merge on the actors page to edit it again.
        </p>
      ) : actor.deletedAt ? (
        <>
          <p className="mt-4">Deleted: it is left out of suggestions, pickers, the actor filter and its page. Restoring it brings it back with every spelling.</p>
          <EntryActions id={actor.id} version={version} decisions={[{ action: "actor.restore", label: "Restore", reasonLabel: "Why restore it?" }]} />
        </>
      ) : (
        <>
          <ActorEditForm actor={{ id: actor.id, version, name: actor.name, kind: actor.kind, country: actor.country, titles: actor.titles, names: actor.names.map((n) => n.name) }} />
          <EntryActions
            id={actor.id}
            version={version}
            decisions={[{ action: "actor.delete", label: "Delete actor", reasonLabel: "Why delete it? (only when no entry involves it; an editor can restore it)", danger: true }]}
          />
        </>
      )}
    </>
  );
}
