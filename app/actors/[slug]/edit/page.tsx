import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActorEditForm } from "@/components/actors/actor-forms";
import { requireUser } from "@/lib/auth/current-user";
import { getActorForEdit } from "@/lib/actors/manage-queries";

export const metadata: Metadata = { title: "Edit actor" };
export const dynamic = "force-dynamic";

export default async function EditActorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireUser(`/actors/${slug}/edit`, "editor");
  const actor = await getActorForEdit(slug);
  if (!actor) notFound();
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
      ) : (
        <ActorEditForm actor={{ id: actor.id, name: actor.name, kind: actor.kind, country: actor.country, titles: actor.titles, names: actor.names.map((n) => n.name) }} />
      )}
    </>
  );
}
