// A planned import row in the shape the editor's forms write (lib/entries/input.ts), so an
// imported entry passes exactly the checks a form would, and is written by the same code.
import { entryFields, type EntryFields } from "../entries/input";
import type { ImportRow, RowIssue } from "./row";

export type ResolvedRow = {
  row: number;
  data: ImportRow;
  actors: { actorId: string; role: string }[];
  speakerId: string | null;
  citations: { sourceId: string | null; newSourceKey: string | null; quote: string | null; credibility: number | null }[];
  fieldName?: (path: string[]) => string;
};

/** New sources have no id until the import creates them: a placeholder stands in for the check. */
export function toEntryFields(r: ResolvedRow, sourceIdOf: (key: string) => string = (key) => `new:${key}`.slice(0, 40)): EntryFields {
  const d = r.data;
  return {
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    date: { start: d.dateStart, end: d.dateEnd },
    sectors: d.sectors,
    places: d.places,
    actors: r.actors,
    citations: r.citations.map((c) => ({ sourceId: c.sourceId ?? sourceIdOf(c.newSourceKey!), quote: c.quote, credibility: c.credibility })),
    agreement:
      d.kind === "agreement"
        ? { status: d.status ?? "proposed", durationYears: d.durationYears, figures: d.figures ?? [], steps: d.steps ?? [] }
        : null,
    statement:
      d.kind === "statement" && r.speakerId
        ? { speakerId: r.speakerId, quote: d.quote ?? "", verbatim: d.quoteVerbatim, language: d.quoteLanguage, original: d.quoteOriginal, reportedBy: d.reportedBy }
        : null,
  };
}

/** Their path ("date.end", "statement.quote", "agreement.figures.0.unit") → the import row's field. */
function importPath(path: string[]): string[] {
  const [top, second, ...rest] = path;
  if (top === "date") return [second === "end" ? "dateEnd" : "dateStart"];
  if (top === "agreement") return second === "steps" || second === "figures" ? [second, ...rest] : [second === "status" ? "status" : "durationYears"];
  if (top === "statement") {
    const map: Record<string, string> = { speakerId: "speaker", quote: "quote", verbatim: "quoteVerbatim", language: "quoteLanguage", original: "quoteOriginal", reportedBy: "reportedBy" };
    return [map[second] ?? "quote"];
  }
  return path;
}

/** The form's own checks on a row; problems named as the file names them. */
export function checkAsForm(r: ResolvedRow): RowIssue[] {
  const parsed = entryFields.safeParse(toEntryFields(r));
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const path = importPath(issue.path.map(String));
    return { row: r.row, field: r.fieldName ? r.fieldName(path) : path.join("."), message: issue.message };
  });
}
