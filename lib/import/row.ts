// One entry to import, whatever file it came from: CSV rows and JSON records are both turned into
// this shape and checked by this one schema, so both formats accept exactly the same entries.
import { z } from "zod";
import { text } from "../validation/text";
import { parsePartialDate } from "../dates/partial-date";
import { AGREEMENT_STATUSES, ENTRY_KINDS, SECTORS } from "../entries/schemas";

export const RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;

const partialDate = text()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows")
  .refine((s) => parsePartialDate(s) !== null, "not a real calendar date");

const optionalText = text().trim().max(10_000).nullable().default(null).transform((s) => s || null);

export const importSource = z.object({
  title: text().trim().min(1, "a source needs a title").max(500),
  publisher: optionalText,
  url: text().trim().url("not a URL: start it with https://").nullable().default(null),
  publishedAt: partialDate.nullable().default(null),
  reliability: z.enum(RELIABILITY, { error: "reliability is a letter from A to F" }).nullable().default(null),
});

export const importCitation = z
  .object({
    /** An existing source of the record… */
    sourceId: text().trim().min(1).nullable().default(null),
    /** …or one described here (matched to an existing one by URL or title, else created). */
    source: importSource.nullable().default(null),
    quote: optionalText,
    credibility: z.number().int().min(1, "credibility is 1 to 6").max(6, "credibility is 1 to 6").nullable().default(null),
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
    kind: z.enum(ENTRY_KINDS, { error: "kind is event, agreement or statement" }),
    title: text().trim().min(1, "a title is required").max(200, "keep the title under 200 characters"),
    summary: text().trim().min(1, "a summary is required").max(20_000),
    dateStart: partialDate.nullable().default(null),
    dateEnd: partialDate.nullable().default(null),
    sectors: z.array(z.enum(SECTORS, { error: `sectors are ${SECTORS.join(", ")}` })).min(1, "name at least one sector"),
    places: z.array(text().trim().min(1).max(200)).default([]),
    actors: z.array(z.object({ name: text().trim().min(1).max(200), role: text().trim().min(1).max(100) })).default([]),
    status: z.enum(AGREEMENT_STATUSES, { error: `status is ${AGREEMENT_STATUSES.join(", ")}` }).nullable().default(null),
    durationYears: z.number().positive("duration is a positive number of years").nullable().default(null),
    figures: z.array(z.object({ label: text().min(1), value: z.number(), unit: text() })).nullable().default(null),
    steps: z
      .array(
        z.object({
          status: z.enum(AGREEMENT_STATUSES),
          date: partialDate.nullable().default(null),
          sourceId: text().nullable().default(null),
          note: text().nullable().default(null),
        }),
      )
      .nullable()
      .default(null),
    speaker: text().trim().min(1).max(200).nullable().default(null),
    quote: optionalText,
    quoteVerbatim: z.boolean().default(false),
    quoteLanguage: text().trim().max(20).nullable().default(null),
    quoteOriginal: optionalText,
    reportedBy: optionalText,
    citations: z.array(importCitation).min(1, "cite at least one source"),
    links: z
      .array(z.object({ type: z.enum(["implements", "refers_to", "follows"]), to: text().min(1) }))
      .nullable()
      .default(null),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (row.kind === "agreement" && !row.status) issue("status", "an agreement needs its status");
    if (row.kind !== "agreement" && row.status) issue("status", "only agreements have a status");
    if (row.kind === "statement" && !row.speaker) issue("speaker", "a statement needs its speaker");
    if (row.kind === "statement" && !row.quote) issue("quote", "a statement needs what was said");
    if (row.kind !== "statement" && row.speaker) issue("speaker", "only statements have a speaker");
    if (row.dateEnd && !row.dateStart) issue("dateEnd", "a range needs a start date");
    if (row.dateStart && row.dateEnd) {
      const start = parsePartialDate(row.dateStart);
      const end = parsePartialDate(row.dateEnd);
      if (start && end && end.start < start.start) issue("dateEnd", "the end is before the start");
    }
    if (row.version !== null && row.id === null) issue("version", "a version goes with the id of an existing entry");
  });

export type ImportRow = z.output<typeof importRow>;

/** A row as the file gave it, numbered as its author sees it (spreadsheet row, or position in the JSON array). */
export type SourceRow = { row: number; input: unknown; fieldName?: (path: string[]) => string };
export type RowIssue = { row: number; field: string; message: string };
export type ParsedRow = { row: number; data: ImportRow; fieldName?: (path: string[]) => string };
export type ParseResult = { rows: ParsedRow[]; invalid: RowIssue[]; total: number };

/** Checks each row with importRow; an invalid row gives one issue per problem, named as the file names it. */
export function checkRows(sourceRows: SourceRow[], preIssues: RowIssue[] = []): ParseResult {
  const rows: ParsedRow[] = [];
  const invalid: RowIssue[] = [...preIssues];
  // Fields already reported (a cell that is not a number, say) are not reported twice.
  const reported = new Set(preIssues.map((i) => `${i.row}|${i.field}`));
  const broken = new Set(preIssues.map((i) => i.row));
  for (const { row, input, fieldName } of sourceRows) {
    const parsed = importRow.safeParse(input);
    if (parsed.success && !broken.has(row)) {
      rows.push({ row, data: parsed.data, fieldName });
      continue;
    }
    for (const issue of parsed.error?.issues ?? []) {
      const path = issue.path.map(String);
      const field = fieldName ? fieldName(path) : path.join(".") || "(row)";
      if (reported.has(`${row}|${field}`)) continue;
      reported.add(`${row}|${field}`);
      invalid.push({ row, field, message: issue.message });
    }
  }
  invalid.sort((a, b) => a.row - b.row);
  return { rows, invalid, total: sourceRows.length };
}
