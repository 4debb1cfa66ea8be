import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceForm } from "@/components/sources/source-form";
import { EntryActions } from "@/components/editor/entry-actions";
import { requireUser } from "@/lib/auth/current-user";
import { getSource } from "@/lib/sources/queries";
import { safeRouteParam } from "@/lib/validation/text";

export const metadata: Metadata = { title: "Edit source" };
export const dynamic = "force-dynamic";

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const id = safeRouteParam((await params).id) ?? notFound();
  await requireUser(`/sources/${id}/edit`, "editor");
  const source = await getSource(id);
  if (!source) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Edit source</h1>
      {source.deletedAt ? (
        <>
          <p className="mt-4">Deleted: it is left out of the entry form&apos;s picker. Restoring it brings it back as it was.</p>
          <EntryActions id={source.id} version={source.version} decisions={[{ action: "source.restore", label: "Restore", reasonLabel: "Why restore it?" }]} />
        </>
      ) : (
        <>
          <SourceForm source={source} canGrade />
          <EntryActions
            id={source.id}
            version={source.version}
            decisions={[{ action: "source.delete", label: "Delete source", reasonLabel: "Why delete it? (only when no entry cites it; an editor can restore it)", danger: true }]}
          />
        </>
      )}
    </>
  );
}
