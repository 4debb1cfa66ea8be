import type { Metadata } from "next";
import { SourceForm } from "@/components/sources/source-form";
import { requireUser } from "@/lib/auth/current-user";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Add a source" };
export const dynamic = "force-dynamic";

export default async function NewSourcePage() {
  const caller = await requireUser("/sources/new");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Add a source</h1>
      <SourceForm canGrade={hasRole(caller.role, "editor")} />
    </>
  );
}
