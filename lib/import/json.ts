// JSON import: an array of entries, or the JSON export ({ "data": [...] }) as it was downloaded.
// Each item may use the export's shape (date: { start, end }, sources: [...], speaker: { slug })
// or the import row's own (dateStart, citations, speaker: "name").
import { ImportFileError } from "./csv";
import { checkRows, type ParseResult, type SourceRow } from "./row";

type Item = Record<string, unknown>;
const isObject = (v: unknown): v is Item => typeof v === "object" && v !== null && !Array.isArray(v);

function fromExportShape(item: Item): { input: Item; fieldName: (path: string[]) => string } {
  const input: Item = { ...item };
  let usesDateObject = false;
  let usesSources = false;
  if (isObject(item.date)) {
    usesDateObject = true;
    input.dateStart = item.date.start ?? null;
    input.dateEnd = item.date.end ?? null;
    delete input.date;
  }
  if (Array.isArray(item.actors)) {
    // The slug names an actor unambiguously; the name is any recorded spelling.
    input.actors = item.actors.map((a) => (isObject(a) ? { name: a.slug ?? a.name, role: a.role } : a));
  }
  if (isObject(item.speaker)) input.speaker = item.speaker.slug ?? item.speaker.name ?? null;
  if (Array.isArray(item.sources) && !item.citations) {
    usesSources = true;
    input.citations = item.sources.map((s) =>
      isObject(s)
        ? s.id
          ? { sourceId: s.id, quote: s.quote ?? null, credibility: s.credibility ?? null }
          : {
              source: { title: s.title, publisher: s.publisher ?? null, url: s.url ?? null, publishedAt: s.publishedAt ?? null, reliability: s.reliability ?? null },
              quote: s.quote ?? null,
              credibility: s.credibility ?? null,
            }
        : s,
    );
    delete input.sources;
  }
  // Fields of the read API that an import does not take: they come from the record itself.
  for (const key of ["updatedAt", "createdAt", "url"]) delete input[key];
  const fieldName = (path: string[]) => {
    const [top, index, inner, ...rest] = path;
    if (usesDateObject && top === "dateStart") return "date.start";
    if (usesDateObject && top === "dateEnd") return "date.end";
    if (usesSources && top === "citations") {
      return ["sources", index, ...(inner === "source" || inner === "sourceId" ? (inner === "sourceId" ? ["id"] : rest) : [inner])]
        .filter((p) => p !== undefined)
        .join(".");
    }
    return path.join(".") || "(row)";
  };
  return { input, fieldName };
}

export function parseJson(text: string): ParseResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ImportFileError(`The file is not valid JSON: ${(error as Error).message}.`);
  }
  const items = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.data) ? parsed.data : null;
  if (!items) throw new ImportFileError('A JSON import is an array of entries, or an export ({ "data": [ … ] }).');
  // An export says it is whole and how many entries it holds (lib/export/end-marker.ts).
  if (isObject(parsed) && parsed.complete === true && parsed.count !== items.length) {
    throw new ImportFileError(`The file says it holds ${String(parsed.count)} entries but has ${items.length}: download the export again.`);
  }
  const rows: SourceRow[] = items.map((item, index) => {
    // Items are numbered from 1, as a person counts them.
    if (!isObject(item)) return { row: index + 1, input: item };
    return { row: index + 1, ...fromExportShape(item) };
  });
  return checkRows(rows);
}
