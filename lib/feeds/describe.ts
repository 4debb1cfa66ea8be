// Words for a browse view, for a feed's title: "energy · agreements · Tsivilev · “pipeline”".
import type { EntryListQuery } from "../entries/schemas";

const KIND_PLURAL = { event: "events", agreement: "agreements", statement: "statements" } as const;

export function describeView(query: Omit<EntryListQuery, "page" | "pageSize">): string {
  const parts: string[] = [];
  if (query.sector?.length) parts.push(query.sector.join(" or "));
  if (query.kind) parts.push(KIND_PLURAL[query.kind]);
  if (query.status?.length) parts.push(query.status.map((s) => s.replace("_", " ")).join(" or "));
  if (query.reliability?.length) parts.push(`sources graded ${query.reliability.join(" or ")}`);
  if (query.actor) parts.push(query.actor);
  if (query.q) parts.push(`“${query.q}”`);
  if (query.from && query.to) parts.push(`${query.from} to ${query.to}`);
  else if (query.from) parts.push(`since ${query.from}`);
  else if (query.to) parts.push(`until ${query.to}`);
  return parts.join(" · ");
}

/** Text as HTML: feed summaries and content are declared type="html". */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
