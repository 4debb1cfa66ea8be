// CSV import: the columns of lib/export/csv-columns.ts (what an export writes), one entry a row.
// Cells are text; this turns them into the import row's shape, and names problems by column.
import { parse } from "csv-parse/sync";
import { CSV_HEADER, LIST_SEPARATOR, type CsvColumn } from "../export/csv-columns";
import { checkRows, type ParseResult, type RowIssue, type SourceRow } from "./row";
import { csvEndMarkerCount } from "../export/end-marker";

/** A file-level problem: nothing in the file can be read as rows. */
export class ImportFileError extends Error {}

const REQUIRED: CsvColumn[] = ["kind", "title", "summary", "sectors"];

const COLUMN_OF: Record<string, CsvColumn> = {
  id: "id",
  version: "version",
  slug: "slug",
  kind: "kind",
  title: "title",
  summary: "summary",
  dateStart: "date_start",
  dateEnd: "date_end",
  sectors: "sectors",
  places: "places",
  actors: "actors",
  status: "status",
  durationYears: "duration_years",
  speaker: "speaker",
  quote: "quote",
  quoteVerbatim: "quote_verbatim",
  quoteLanguage: "quote_language",
  quoteOriginal: "quote_original",
  reportedBy: "reported_by",
};

/** The CSV column a problem belongs to, from the path in the import row. */
export function csvColumnOf(path: string[]): string {
  const [top, , inner, leaf] = path;
  if (top === "citations") {
    if (inner === "source") return leaf === "publishedAt" ? "source_published_at" : `source_${leaf ?? "title"}`;
    if (inner === "quote") return "citation_quote";
    if (inner === "credibility") return "credibility";
    return "source_ids";
  }
  return COLUMN_OF[top] ?? (top || "(row)");
}

const list = (cell: string) =>
  cell
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

/** "Sergei Tsivilev (visitor)" → name and role; the role is the last bracketed part. */
function actorCell(item: string): { name: string; role: string } {
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(item);
  return match ? { name: match[1].trim(), role: match[2].trim() } : { name: item, role: "" };
}

type Cells = Partial<Record<CsvColumn, string>>;

/** The ' an export puts before a cell that a spreadsheet would otherwise run as a formula. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Cell text into typed values; a value that cannot be converted stays as text for the schema to reject with its reason. */
function toInput(cells: Cells, row: number, issues: RowIssue[]) {
  const text = (c: CsvColumn) => (cells[c] ?? "").replace(ESCAPED_FORMULA, "").trim();
  const orNull = (c: CsvColumn) => text(c) || null;
  const number = (c: CsvColumn) => {
    const t = text(c);
    if (!t) return null;
    const n = Number(t.replace(",", "."));
    if (Number.isNaN(n)) issues.push({ row, field: c, message: `“${t}” is not a number` });
    return n;
  };
  const bool = (c: CsvColumn) => {
    const t = text(c).toLowerCase();
    if (["true", "yes", "1", "y"].includes(t)) return true;
    if (["", "false", "no", "0", "n"].includes(t)) return false;
    issues.push({ row, field: c, message: `“${t}” is not true or false` });
    return false;
  };
  const actors = list(text("actors")).map(actorCell);
  actors.forEach((a) => a.role || issues.push({ row, field: "actors", message: `give ${a.name}'s role in brackets, e.g. “${a.name} (host)”` }));

  const citations: Record<string, unknown>[] = list(text("source_ids")).map((sourceId) => ({ sourceId }));
  if (text("source_title") || text("source_url")) {
    const source = {
      title: text("source_title"),
      publisher: orNull("source_publisher"),
      url: orNull("source_url"),
      publishedAt: orNull("source_published_at"),
      reliability: orNull("source_reliability")?.toUpperCase() ?? null,
    };
    // The described source may be one of source_ids already (an export writes the first source both ways).
    citations.push({ source });
  }
  if (citations.length) {
    citations[0].quote = orNull("citation_quote");
    citations[0].credibility = number("credibility");
  }
  return {
    id: orNull("id"),
    version: number("version"),
    slug: orNull("slug"),
    kind: text("kind").toLowerCase(),
    title: text("title"),
    summary: text("summary"),
    dateStart: orNull("date_start"),
    dateEnd: orNull("date_end"),
    sectors: list(text("sectors")).map((s) => s.toLowerCase()),
    places: list(text("places")),
    actors,
    status: orNull("status")?.toLowerCase().replace(/ /g, "_") ?? null,
    durationYears: number("duration_years"),
    speaker: orNull("speaker"),
    quote: orNull("quote"),
    quoteVerbatim: bool("quote_verbatim"),
    quoteLanguage: orNull("quote_language"),
    quoteOriginal: orNull("quote_original"),
    reportedBy: orNull("reported_by"),
    citations,
  };
}

/** Reads a CSV file: a header row naming the columns (any order, unknown ones refused), then one entry per row. */
export function parseCsv(text: string): ParseResult {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    throw new ImportFileError(`The file is not readable CSV: ${(error as Error).message}. Save it as CSV (UTF-8) and try again.`);
  }
  if (records.length === 0) throw new ImportFileError("The file is empty: it needs a header row and one row per entry.");
  const header = records[0].map((h) => h.trim().toLowerCase());
  const unknown = header.filter((h) => h && !CSV_HEADER.includes(h as CsvColumn));
  if (unknown.length) {
    throw new ImportFileError(`Unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}: the columns are ${CSV_HEADER.join(", ")}.`);
  }
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) throw new ImportFileError(`Missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`);

  // An export's last line says how many entries it holds (lib/export/end-marker.ts).
  // A file that ends without it may be cut short; one whose count disagrees is refused, since an
  // all-or-nothing import of half a file is exactly what the marker is there to prevent.
  const announced = records.length > 1 ? csvEndMarkerCount(records[records.length - 1]) : null;
  records = records.filter((record, i) => i === 0 || csvEndMarkerCount(record) === null);
  if (announced !== null && announced !== records.length - 1) {
    throw new ImportFileError(
      `Its last line says the export held ${announced} entries, but the file has ${records.length - 1} rows: it may be cut short, so download it again (or, if you removed rows on purpose, delete that last line).`,
    );
  }
  const issues: RowIssue[] = [];
  const rows: SourceRow[] = records.slice(1).map((record, index) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const row = index + 2;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim())) {
      issues.push({ row, field: "(row)", message: `${record.length} cells for ${header.length} columns: check for a stray comma or quote` });
    }
    const cells: Cells = {};
    header.forEach((column, i) => column && (cells[column as CsvColumn] = record[i] ?? ""));
    return { row, input: toInput(cells, row, issues), fieldName: csvColumnOf };
  });
  return checkRows(rows, issues);
}
