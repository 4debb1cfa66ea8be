import type { Metadata } from "next";
import { FieldTable } from "@/components/api-reference/field-table";
import { OperationSection } from "@/components/api-reference/operation-section";
import { Prose } from "@/components/api-reference/prose";
import { CSV_COLUMNS } from "@/lib/export/csv-columns";
import { openApiDocument } from "@/lib/openapi/document";
import { buildReference } from "@/lib/openapi/reference";

export const metadata: Metadata = { title: "API reference" };
// Rendered per request like every page (its scripts carry the request's CSP nonce, proxy.ts); the
// document itself is built once per process (lib/openapi/document.ts).

export default function ApiReferencePage() {
  const reference = buildReference(openApiDocument() as unknown as Record<string, unknown>);
  return (
    <article className="max-w-none">
      <h1 className="text-2xl font-bold tracking-tight">API reference</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        <Prose text={reference.description} />
      </p>
      <p className="mt-2 text-sm">
        Machine-readable: <a className="text-sky-700 underline dark:text-sky-400" href="/api/v1/openapi.json">OpenAPI 3.1 document</a>, generated
        from the schemas the API validates with.
      </p>

      <nav aria-labelledby="contents-title" className="mt-6 rounded border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="contents-title" className="text-sm font-semibold">Contents</h2>
        <ul className="mt-2 space-y-2 text-sm">
          {reference.groups.map((group) => (
            <li key={group.tag}>
              <a className="font-medium text-sky-700 underline dark:text-sky-400" href={`#tag-${group.tag.toLowerCase()}`}>{group.tag}</a>
              <ul className="mt-1 space-y-1 pl-4">
                {group.operations.map((op) => (
                  <li key={op.id}>
                    <a className="text-sky-700 underline dark:text-sky-400" href={`#${op.id}`}>
                      <span className="font-mono text-xs">{op.method}</span> {op.summary}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
          <li>
            <a className="font-medium text-sky-700 underline dark:text-sky-400" href="#csv-columns">CSV columns</a>
          </li>
          <li>
            <a className="font-medium text-sky-700 underline dark:text-sky-400" href="#schemas">Schemas</a>
          </li>
        </ul>
      </nav>

      {reference.groups.map((group) => (
        <section key={group.tag} id={`tag-${group.tag.toLowerCase()}`} aria-labelledby={`tag-${group.tag}-title`} className="mt-8 scroll-mt-4">
          <h2 id={`tag-${group.tag}-title`} className="text-xl font-bold">{group.tag}</h2>
          {group.description && <p className="text-slate-600 dark:text-slate-400">{group.description}</p>}
          {group.operations.map((op) => (
            <OperationSection key={op.id} operation={op} />
          ))}
        </section>
      ))}

      <section id="csv-columns" aria-labelledby="csv-columns-title" className="mt-8 scroll-mt-4">
        <h2 id="csv-columns-title" className="text-xl font-bold">CSV columns</h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          A CSV export has these columns, and an import reads them back (header row first, columns in any order; lists separated by
          “;”). <a className="text-sky-700 underline dark:text-sky-400" href="/docs/import-example.csv">Example file</a>.
        </p>
        <FieldTable
          caption="CSV columns"
          fields={CSV_COLUMNS.map(([name, help]) => ({ name, type: "text", required: ["kind", "title", "summary", "sectors"].includes(name), description: help }))}
        />
      </section>

      <section id="schemas" aria-labelledby="schemas-title" className="mt-8 scroll-mt-4">
        <h2 id="schemas-title" className="text-xl font-bold">Schemas</h2>
        {reference.schemas.map((schema) => (
          <section key={schema.name} id={`schema-${schema.name}`} aria-labelledby={`schema-${schema.name}-title`} className="mt-4">
            <h3 id={`schema-${schema.name}-title`} className="font-mono text-base font-semibold">{schema.name}</h3>
            {schema.description && <p className="text-slate-700 dark:text-slate-300">{schema.description}</p>}
            <FieldTable caption={`Fields of ${schema.name}`} fields={schema.fields} />
          </section>
        ))}
      </section>
    </article>
  );
}
