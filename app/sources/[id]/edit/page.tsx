import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SourceForm } from "@/components/sources/source-form";
import { requireUser } from "@/lib/auth/current-user";
import { getSource } from "@/lib/sources/queries";

export const metadata: Metadata = { title: "Edit source" };
export const dynamic = "force-dynamic";

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/sources/${id}/edit`, "editor");
  const source = await getSource(id);
  if (!source) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Edit source</h1>
      <SourceForm source={source} canGrade />
    </>
  );
}
