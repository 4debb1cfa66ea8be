// The browse view lives in the URL: every filter, the query, the sort and the page. These turn a
// page's search params into a validated query (keeping what is valid and reporting the rest per
// field, so one bad date does not blank the page) and a query back into a link.
import { entryListQuery, type EntryListQuery } from "./schemas";

type RawParams = Record<string, string | string[] | undefined>;

/** A part of the address that could not be read, and so is not applied: its name, its value, why. */
export type IgnoredParam = { key: string; value: string; message: string };

export type ParsedView = { query: EntryListQuery; errors: Partial<Record<string, string>>; ignored: IgnoredParam[] };

/** Zod's message for a value outside a list ("Invalid option: expected one of …"), in a reader's words. */
function readerMessage(issue: { code: string; message: string; values?: readonly unknown[] }): string {
  if (issue.code === "invalid_value" && issue.values) return `use one of ${issue.values.map(String).join(", ")}`;
  if (issue.code === "too_small" || issue.code === "too_big") return "out of range";
  return issue.message;
}

const LIST_KEYS = ["sector", "status", "reliability"] as const;
const SCALAR_KEYS = ["q", "kind", "actor", "place", "from", "to", "sort", "page", "pageSize"] as const;

/** Drops empty values (a plain GET form sends `kind=` for "any kind") and unknown keys. */
function clean(params: RawParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of [...LIST_KEYS, ...SCALAR_KEYS]) {
    const raw = params[key];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => v.trim()).filter(Boolean);
    if (values.length === 0) continue;
    out[key] = (LIST_KEYS as readonly string[]).includes(key) ? values : values[0];
  }
  return out;
}

export function parseView(params: RawParams, defaults: { pageSize: number } = { pageSize: 20 }): ParsedView {
  const input = { pageSize: String(defaults.pageSize), ...clean(params) };
  const errors: Record<string, string> = {};
  const ignored: IgnoredParam[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = entryListQuery.safeParse(input);
    if (parsed.success) return { query: parsed.data, errors, ignored };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "q");
      if (!(key in errors)) {
        errors[key] = issue.message;
        const raw = (input as Record<string, string | string[] | undefined>)[key];
        ignored.push({ key, value: Array.isArray(raw) ? raw.join(", ") : (raw ?? ""), message: readerMessage(issue as never) });
      }
      delete (input as Record<string, unknown>)[key];
    }
  }
  return { query: entryListQuery.parse({ pageSize: String(defaults.pageSize) }), errors, ignored };
}

/** The query string of a view, leaving out defaults, so links stay short and stable. */
export function viewSearch(query: Partial<EntryListQuery>, options: { keepPage?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.kind) params.set("kind", query.kind);
  for (const s of query.sector ?? []) params.append("sector", s);
  if (query.actor) params.set("actor", query.actor);
  if (query.place) params.set("place", query.place);
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  for (const s of query.status ?? []) params.append("status", s);
  for (const r of query.reliability ?? []) params.append("reliability", r);
  if (query.sort) params.set("sort", query.sort);
  if (options.keepPage !== false && query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 20) params.set("pageSize", String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Which filters are set, for the empty state's "remove the … filter" advice. */
export function activeFilters(query: Partial<EntryListQuery>): { key: keyof EntryListQuery; label: string }[] {
  const found: { key: keyof EntryListQuery; label: string }[] = [];
  if (query.q) found.push({ key: "q", label: `the search “${query.q}”` });
  if (query.from || query.to) found.push({ key: "from", label: "the date filter" });
  if (query.kind) found.push({ key: "kind", label: "the kind filter" });
  if (query.sector?.length) found.push({ key: "sector", label: query.sector.length > 1 ? "the sector filters" : "the sector filter" });
  if (query.actor) found.push({ key: "actor", label: "the actor filter" });
  if (query.place) found.push({ key: "place", label: "the place filter" });
  if (query.status?.length) found.push({ key: "status", label: "the agreement status filter" });
  if (query.reliability?.length) found.push({ key: "reliability", label: "the source grading filter" });
  return found;
}

/** The filters in force, in words, for the chips above the results ("Energy, Trade", "from 2024-01-01"). */
export function filterChips(query: Partial<EntryListQuery>): { key: keyof EntryListQuery; text: string }[] {
  const chips: { key: keyof EntryListQuery; text: string }[] = [];
  if (query.kind) chips.push({ key: "kind", text: `kind: ${query.kind}` });
  if (query.sector?.length) chips.push({ key: "sector", text: `sector: ${query.sector.join(" or ")}` });
  if (query.actor) chips.push({ key: "actor", text: `actor: ${query.actor}` });
  if (query.place) chips.push({ key: "place", text: `place: ${query.place}` });
  if (query.from || query.to) chips.push({ key: "from", text: `date: ${query.from ?? "…"} to ${query.to ?? "…"}` });
  if (query.status?.length) chips.push({ key: "status", text: `status: ${query.status.join(" or ").replaceAll("_", " ")}` });
  if (query.reliability?.length) chips.push({ key: "reliability", text: `source graded ${query.reliability.join(" or ")}` });
  return chips;
}

/** The same view without one filter (dates go together), back on page 1. */
export function withoutFilter(query: Partial<EntryListQuery>, key: keyof EntryListQuery): Partial<EntryListQuery> {
  const next = { ...query, page: 1 };
  delete next[key];
  if (key === "from") delete next.to;
  return next;
}

