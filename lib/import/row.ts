// One entry to import, whatever file it came from. CSV rows and JSON records are both turned into
// this shape, which only reads the file: what an import row has that a form does not (id, version,
// permalink, links, actors and sources by name). Everything an entry is made of is checked later,
// once names are resolved, by the entry schema itself (lib/entries/input.ts, through
// lib/import/to-fields.ts), and described sources by the source form's schema: an import refuses
// and tidies exactly what the form and the API do.
import { z } from "zod";
import { text } from "../validation/text";

/** Left for the entry schema: any value, named as the file gave it. */
const entryPart = z.unknown().optional();
const name = text().trim().min(1, "give a name").max(200, "keep a name under 200 characters");

export const importCitation = z
  .object({
    /** An existing source of the record… */
    sourceId: text().trim().min(1).nullable().default(null),
    /** …or one described here (checked by the source form's schema, matched to an existing one by URL or title, else created). */
    source: z.record(z.string(), z.unknown()).nullable().default(null),
    quote: entryPart,
    credibility: entryPart,
  })
  .refine((c) => c.sourceId || c.source, "a citation names a source");

export const importRow = z
  .object({
    id: text().trim().min(1).nullable().default(null),
    version: z.number().int().min(1).nullable().default(null),
    slug: text()
      .trim()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase letters and digits joined by hyphens")
      .max(120)
      .nullable()
      .default(null),
    kind: entryPart,
    title: entryPart,
    summary: entryPart,
    dateStart: entryPart,
    dateEnd: entryPart,
    sectors: entryPart,
    places: entryPart,
    actors: z.array(z.object({ name, role: entryPart })).default([]),
    status: entryPart,
    durationYears: entryPart,
    /** null: the file does not carry figures (CSV), and an update keeps the entry's. */
    figures: entryPart,
    steps: z.array(z.record(z.string(), z.unknown())).nullable().default(null),
    speaker: name.nullable().default(null),
    quote: entryPart,
    quoteVerbatim: entryPart,
    quoteLanguage: entryPart,
    quoteOriginal: entryPart,
    reportedBy: entryPart,
    citations: z.array(importCitation).default([]),
    links: z
      .array(z.object({ type: z.enum(["implements", "refers_to", "follows"], { error: "a link is implements, refers_to or follows" }), to: text().min(1) }))
      .nullable()
      .default(null),
  })
  .superRefine((row, ctx) => {
    if (row.version !== null && row.id === null) ctx.addIssue({ code: "custom", path: ["version"], message: "a version goes with the id of an existing entry" });
  });

export type ImportRow = z.output<typeof importRow>;

/** A row as the file gave it, numbered as its author sees it (spreadsheet row, or position in the JSON array). */
export type SourceRow = { row: number; input: unknown; fieldName?: (path: string[]) => string };
export type RowIssue = { row: number; field: string; message: string };
/** `broken`: the row has problems already reported; it is still checked in full, so all of them are reported at once, but never imported. */
export type ParsedRow = { row: number; data: ImportRow; fieldName?: (path: string[]) => string; broken?: boolean };
export type ParseResult = { rows: ParsedRow[]; invalid: RowIssue[]; total: number };

/**
 * Reads each row with importRow; an unreadable part of a row is reported (named as the file names
 * it) and left out, and the rest of the row still goes on to be checked, so a row's problems are
 * all reported in one dry run, not one round at a time.
 */
export function checkRows(sourceRows: SourceRow[], preIssues: RowIssue[] = []): ParseResult {
  const rows: ParsedRow[] = [];
  const invalid: RowIssue[] = [...preIssues];
  const reported = new Set(preIssues.map((i) => `${i.row}|${i.field}`));
  const broken = new Set(preIssues.map((i) => i.row));
  const report = (row: number, field: string, message: string) => {
    if (reported.has(`${row}|${field}`)) return;
    reported.add(`${row}|${field}`);
    invalid.push({ row, field, message });
    broken.add(row);
  };
  for (const { row, input, fieldName } of sourceRows) {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      report(row, "(row)", "an entry is an object of fields");
      continue;
    }
    let parsed = importRow.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        report(row, fieldName ? fieldName(path) : path.join(".") || "(row)", issue.message);
      }
      // Without the unreadable fields, the rest of the row can still be checked.
      const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      parsed = importRow.safeParse(Object.fromEntries(Object.entries(input).filter(([key]) => !bad.has(key))));
    }
    if (parsed.success) rows.push({ row, data: parsed.data, fieldName, broken: broken.has(row) });
  }
  invalid.sort((a, b) => a.row - b.row);
  return { rows, invalid, total: sourceRows.length };
}
