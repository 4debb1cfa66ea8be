// An import row in the shape the editor's forms write (lib/entries/input.ts), parsed by the same
// entry schema: an imported entry passes exactly the checks a form would, is tidied the same way
// (a role's case, say), and is written by the same code.
import { entryFields, type EntryFields } from "../entries/input";
import type { ImportRow, RowIssue } from "./row";

export type ResolvedRow = {
  row: number;
  data: ImportRow;
  /** Actors whose names were found; an unknown name is reported where it is resolved and left out here. */
  actors: { actorId: string; role: unknown }[];
  speakerId: string | null;
  /** Every citation's source id: an existing source's, or a stand-in for one the import creates. */
  citations: { sourceId: string; quote: unknown; credibility: unknown }[];
  fieldName?: (path: string[]) => string;
};

/** Stands in for a speaker whose name is reported as unknown, so the schema does not report it twice. */
const UNRESOLVED = "unresolved-speaker";

/** The entry input a form would send for this row. */
export function toEntryInput(r: ResolvedRow): unknown {
  const d = r.data;
  const text = (v: unknown) => (v === undefined || v === null ? "" : v);
  const isAgreement = d.kind === "agreement";
  const isStatement = d.kind === "statement";
  // An export gives every entry empty figures and steps: only actual values make agreement or statement details.
  const given = (v: unknown) => v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);
  const hasAgreementParts = [d.status, d.durationYears, d.figures, d.steps].some(given);
  const hasStatementParts = [d.speaker, d.quote].some(given);
  return {
    kind: d.kind,
    title: text(d.title),
    summary: text(d.summary),
    date: { start: d.dateStart ?? null, end: d.dateEnd ?? null },
    sectors: d.sectors ?? [],
    places: d.places ?? [],
    actors: r.actors,
    citations: r.citations,
    agreement:
      isAgreement || hasAgreementParts
        ? { status: d.status ?? null, durationYears: d.durationYears ?? null, figures: d.figures ?? [], steps: (d.steps ?? []).map((s) => ({ status: s.status, date: s.date ?? null, sourceId: s.sourceId ?? null, note: s.note ?? null })) }
        : null,
    statement:
      isStatement || hasStatementParts
        ? {
            speakerId: r.speakerId ?? UNRESOLVED,
            quote: text(d.quote),
            verbatim: d.quoteVerbatim ?? false,
            language: d.quoteLanguage ?? null,
            original: d.quoteOriginal ?? null,
            reportedBy: d.reportedBy ?? null,
          }
        : null,
  };
}

/** Their path ("date.end", "statement.quote", "agreement.figures.0.unit") → the import row's field. */
function importPath(path: string[]): string[] {
  const [top, second, ...rest] = path;
  if (top === "date") return [second === "end" ? "dateEnd" : "dateStart"];
  if (top === "agreement") {
    if (second === "steps" || second === "figures") return [second, ...rest];
    return [second === "durationYears" ? "durationYears" : "status"];
  }
  if (top === "statement") {
    const map: Record<string, string> = { speakerId: "speaker", quote: "quote", verbatim: "quoteVerbatim", language: "quoteLanguage", original: "quoteOriginal", reportedBy: "reportedBy" };
    return [map[second] ?? "speaker"];
  }
  return path;
}

/** The entry schema's verdict on a row: its fields as a form would save them, or every problem, named as the file names it. */
export function checkAsForm(r: ResolvedRow): { fields: EntryFields | null; issues: RowIssue[] } {
  const parsed = entryFields.safeParse(toEntryInput(r));
  if (parsed.success) return { fields: parsed.data, issues: [] };
  // The first problem of each field (a date that is not YYYY-MM is not also reported as not a real date).
  const issues = new Map<string, RowIssue>();
  for (const issue of parsed.error.issues) {
    const path = importPath(issue.path.map(String));
    const field = r.fieldName ? r.fieldName(path) : path.join(".");
    if (!issues.has(field)) issues.set(field, { row: r.row, field, message: issue.message });
  }
  return { fields: null, issues: [...issues.values()] };
}

/** The checked fields with the stand-ins for new sources replaced by the ids the import gave them. */
export function withSourceIds(fields: EntryFields, sourceIdOf: (placeholder: string) => string | undefined): EntryFields {
  return { ...fields, citations: fields.citations.map((c) => ({ ...c, sourceId: sourceIdOf(c.sourceId) ?? c.sourceId })) };
}
