import type { Metadata } from "next";
import { ImportForm } from "@/components/import/import-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Import entries" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireUser("/import", "editor");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Import entries</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        Bring entries in from a spreadsheet or a script: a CSV or JSON file in the format of an export. The dry run shows what would be created or
        updated, what looks like a duplicate, and every invalid row; the import itself is all or nothing, and every entry gets its revision.
      </p>
      <p className="mt-2 text-sm">
        <a className="underline" href="/docs/api#csv-columns">The CSV columns</a> · <a className="underline" href="/docs/import-example.csv">an example file</a> ·{" "}
        <a className="underline" href="/api/v1/entries/export?format=csv">export the whole record as CSV</a>
      </p>
      <ImportForm />
    </>
  );
}
