import type { Operation } from "@/lib/openapi/reference";
import { FieldTable } from "./field-table";
import { Prose } from "./prose";

const METHOD_STYLE: Record<string, string> = {
  GET: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  POST: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  PATCH: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  DELETE: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
};

export function OperationSection({ operation }: { operation: Operation }) {
  return (
    <section id={operation.id} aria-labelledby={`${operation.id}-title`} className="scroll-mt-4 border-t border-slate-200 py-5 dark:border-slate-800">
      <h3 id={`${operation.id}-title`} className="flex flex-wrap items-baseline gap-2 text-base font-semibold">
        <span className={`rounded px-1.5 py-0.5 font-mono text-xs ${METHOD_STYLE[operation.method] ?? ""}`}>{operation.method}</span>{" "}
        <code className="break-all font-mono text-sm">{operation.path}</code>
        {operation.token && (
          <>
            {" "}
            <span className="rounded border border-slate-300 px-1.5 py-0.5 text-xs font-normal dark:border-slate-600">{operation.token === "required" ? "(needs an API token)" : "(an API token shows more)"}</span>
          </>
        )}
      </h3>
      <p className="mt-1 font-medium">{operation.summary}</p>
      {operation.description && (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          <Prose text={operation.description} />
        </p>
      )}
      {operation.parameters.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold">Parameters</h4>
          <FieldTable caption={`Parameters of ${operation.method} ${operation.path}`} fields={operation.parameters} />
        </>
      )}
      {operation.body.length > 0 && (
        <>
          <h4 className="mt-3 text-sm font-semibold">Request body</h4>
          <ul className="mt-1 text-sm">
            {operation.body.map((b) => (
              <li key={b.contentType}>
                <code className="font-mono text-xs">{b.contentType}</code>: {b.type}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4 className="mt-3 text-sm font-semibold">Responses</h4>
      <ul className="mt-1 space-y-1 text-sm">
        {operation.responses.map((r) => (
          <li key={r.status}>
            <span className="font-mono font-semibold">{r.status}</span> <Prose text={r.description} />
            {r.types.map((t) => (
              <span key={t.contentType} className="block pl-8 text-slate-600 dark:text-slate-400">
                <code className="font-mono text-xs">{t.contentType}</code>: {t.type}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
