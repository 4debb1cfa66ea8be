"use client";
// The import page: choose a file, see the dry run (what would be created or updated, likely
// duplicates, every invalid row with its column and reason), then import it with a progress bar.
import { useState } from "react";
import { FormStatus, buttonClass, secondaryButtonClass } from "@/components/editor/fields";
import { useHydrated } from "@/components/editor/use-hydrated";
import type { ImportReport } from "@/lib/import/dry-run";

type Progress = { phase: string; done: number; total: number };
type Result = { created: { row: number; slug: string }[]; updated: unknown[]; unchanged: number; duplicates: unknown[]; newSources: number };

const PHASE = { checking: "Checking the file against the record", creating: "Creating entries", updating: "Updating entries", linking: "Linking entries" } as Record<string, string>;

async function upload(file: File, params: Record<string, string>, accept = "application/json") {
  const format = file.name.toLowerCase().endsWith(".json") ? "json" : "csv";
  const query = new URLSearchParams({ ...params, format, name: file.name });
  return fetch(`/api/editor/import?${query}`, {
    method: "POST",
    headers: { "content-type": format === "csv" ? "text/csv" : "application/json", accept },
    body: await file.text(),
  });
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <div className="relative mt-2 max-h-96 overflow-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-950">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="py-1 pr-3 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-slate-200 align-top dark:border-slate-800">
              {r.map((cell, j) => (
                <td key={j} className={`py-1 pr-3 ${j === 0 ? "tabular-nums" : ""}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportForm() {
  const hydrated = useHydrated();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<"draft" | "published">("draft");
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [result, setResult] = useState<Result | null>(null);

  async function dryRun() {
    if (!file) return setMessage({ text: "Choose a CSV or JSON file first.", tone: "error" });
    setBusy(true);
    setMessage({ text: "Checking the file…", tone: "ok" });
    setReport(null);
    setResult(null);
    try {
      const response = await upload(file, { dryRun: "true" });
      const json = await response.json();
      if (!response.ok) return setMessage({ text: json.error?.message ?? "The file could not be checked.", tone: "error" });
      setReport(json.data);
      setMessage({
        text: json.data.ready ? "Dry run done: nothing has been written yet. Review it, then import." : "Some rows are invalid: fix them in the file and check it again. Nothing has been written.",
        tone: json.data.ready ? "ok" : "error",
      });
    } catch {
      setMessage({ text: "Could not reach the server. Check your connection and try again.", tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  async function runImport() {
    if (!file) return;
    setBusy(true);
    setMessage({ text: "Importing… keep this page open.", tone: "ok" });
    try {
      const response = await upload(file, { dryRun: "false", state }, "application/x-ndjson");
      if (!response.ok || !response.body) {
        const json = await response.json().catch(() => ({}));
        return setMessage({ text: json.error?.message ?? "The import failed; nothing was written.", tone: "error" });
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const event = JSON.parse(line);
          if (event.type === "progress") setProgress(event);
          if (event.type === "result") {
            setResult(event.data);
            setReport(null);
            setMessage({ text: `Imported: ${event.data.created.length} created, ${event.data.updated.length} updated.`, tone: "ok" });
          }
          if (event.type === "error") {
            if (event.error?.report) setReport(event.error.report);
            setMessage({ text: `${event.error?.message ?? "The import failed."} Nothing was written.`, tone: "error" });
          }
        }
      }
    } catch {
      setMessage({ text: "The connection broke during the import: nothing was written. Try again.", tone: "error" });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const total = report ? report.summary.create + report.summary.update : 0;
  return (
    <div className="mt-6">
      <fieldset disabled={!hydrated || busy} className="space-y-4">
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">
            File to import (CSV or JSON)
          </label>
          <input
            id="import-file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby="import-file-hint"
            className="mt-1 block text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 dark:file:border-slate-600 dark:file:bg-slate-900 dark:file:text-slate-100"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setResult(null);
              setMessage(null);
            }}
          />
          <p id="import-file-hint" className="text-sm text-slate-600 dark:text-slate-400">
            An export of the record, edited or not, or a file with the documented columns.
          </p>
        </div>
        <div>
          <label htmlFor="import-state" className="block text-sm font-medium">
            New entries are saved as
          </label>
          <select id="import-state" value={state} onChange={(e) => setState(e.target.value as "draft" | "published")} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
            <option value="draft">drafts, for review</option>
            <option value="published">published entries</option>
          </select>
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={secondaryButtonClass} onClick={dryRun}>
            Check the file (dry run)
          </button>
          <button type="button" className={buttonClass} disabled={!report?.ready || total === 0} onClick={runImport}>
            {report?.ready ? `Import ${total} ${total === 1 ? "entry" : "entries"}` : "Import"}
          </button>
        </div>
      </fieldset>

      <FormStatus message={message?.text ?? null} tone={message?.tone} />
      {progress && (
        <div className="mt-2">
          <label htmlFor="import-progress" className="block text-sm">
            {PHASE[progress.phase] ?? "Working"}: {progress.done} of {progress.total}
          </label>
          <progress id="import-progress" className="w-full" max={Math.max(progress.total, 1)} value={progress.done} />
        </div>
      )}

      {result && (
        <section aria-labelledby="result-title" className="mt-6">
          <h2 id="result-title" className="text-lg font-semibold">Imported</h2>
          <p>
            {result.created.length} entries created{state === "draft" ? " as drafts (see the review queue)" : ""}, {result.updated.length} updated, {result.unchanged} unchanged,{" "}
            {result.duplicates.length} duplicates left out, {result.newSources} new sources.
          </p>
        </section>
      )}

      {report && (
        <section aria-labelledby="report-title" className="mt-6">
          <h2 id="report-title" className="text-lg font-semibold">Dry run</h2>
          <ul className="mt-1 text-sm" data-testid="import-summary">
            <li>{report.summary.rows} rows read</li>
            <li>{report.summary.create} would be created</li>
            <li>{report.summary.update} would be updated, {report.summary.unchanged} are unchanged</li>
            <li>
              {report.summary.duplicates} {report.summary.duplicates === 1 ? "looks like a duplicate" : "look like duplicates"} and would be left out
            </li>
            <li>{report.summary.invalidRows} {report.summary.invalidRows === 1 ? "is" : "are"} invalid</li>
            <li>{report.summary.newSources} new sources would be added</li>
          </ul>
          {report.invalid.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold text-red-800 dark:text-red-300">Invalid rows</h3>
              <Table caption="Invalid rows" head={["Row", "Column", "Reason"]} rows={report.invalid.map((i) => [i.row, i.field, i.message])} />
            </>
          )}
          {report.duplicates.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">Likely duplicates</h3>
              <Table
                caption="Likely duplicates"
                head={["Row", "Title", "Looks like"]}
                rows={report.duplicates.map((d) => [d.row, d.title, "row" in d.existing ? `row ${d.existing.row} of this file` : `${d.existing.title} (${d.reason})`])}
              />
            </>
          )}
          {report.update.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">Updates</h3>
              <Table caption="Updates" head={["Row", "Title", "Changes"]} rows={report.update.map((u) => [u.row, u.title, u.changes.join(", ")])} />
            </>
          )}
          {report.create.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">New entries</h3>
              <Table caption="New entries" head={["Row", "Title", "Kind"]} rows={report.create.map((c) => [c.row, c.title, c.kind])} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
