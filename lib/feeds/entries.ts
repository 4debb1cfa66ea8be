import "server-only";
// Atom feed of a browse view: the same filters as /entries, newest additions and corrections first,
// so a reader can follow a sector, an actor or a query in a feed reader.
import { Feed } from "feed";
import { prisma } from "../db/client";
import { formatDateRange } from "../dates/partial-date";
import { entryFilters } from "../entries/search";
import { loadRecords, type EntryRecord } from "../export/records";
import type { ExportQuery } from "../export/entries";
import { webUrl } from "../links/web-url";
import { describeView, escapeHtml } from "./describe";

export const FEED_SIZE = 50;
const SITE = "Iran–Russia cooperation record";

function partialToDate(text: string | null): Date | null {
  return text ? new Date(`${text.padEnd(7, "-01").padEnd(10, "-01")}T00:00:00Z`) : null;
}

function content(entry: EntryRecord): string {
  const date = formatDateRange(partialToDate(entry.date.start), partialToDate(entry.date.end), entry.date.precision);
  const sources = entry.sources
    .map((s) => {
      const title = escapeHtml([s.publisher, s.title].filter(Boolean).join(": "));
      const href = webUrl(s.url);
      return `<li>${href ? `<a href="${escapeHtml(href)}">${title}</a>` : title}</li>`;
    })
    .join("");
  return [
    `<p><strong>${escapeHtml(date)}</strong> · ${escapeHtml(entry.kind)} · ${escapeHtml(entry.sectors.join(", "))}</p>`,
    `<p>${escapeHtml(entry.summary)}</p>`,
    entry.kind === "statement" && entry.quote ? `<blockquote>${escapeHtml(entry.quote)}</blockquote>` : "",
    sources ? `<p>Sources:</p><ul>${sources}</ul>` : "",
  ].join("");
}

/** The feed as Atom XML. `origin` is the site's address as the reader reached it; `self` the feed's own URL. */
export async function entriesAtom(query: ExportQuery, origin: string, self: string): Promise<string> {
  const { where } = await entryFilters(query);
  // Served by "Entry_state_deletedAt_updatedAt_idx" (the review queue's index: state, deletedAt, updatedAt).
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Entry" e WHERE ${where} ORDER BY e."updatedAt" DESC, e."id" LIMIT ${FEED_SIZE}`;
  const entries = await loadRecords(prisma, rows.map((r) => r.id));
  const view = describeView(query);
  const browse = new URL("/entries", origin);
  browse.search = new URL(self).search;
  const feed = new Feed({
    id: self,
    title: view ? `${SITE}: ${view}` : SITE,
    description: "New and corrected entries: events, agreements and statements of Iran–Russia cooperation, with their sources.",
    link: browse.toString(),
    feed: self,
    language: "en",
    updated: entries.length ? new Date(Math.max(...entries.map((e) => Date.parse(e.updatedAt)))) : new Date(0),
    author: { name: SITE, link: origin },
    generator: false,
  });
  for (const entry of entries) {
    feed.addItem({
      // A tag URI on the entry's id stays the same when the slug or the site's address changes.
      id: `tag:iran-russia-record,2026:entry:${entry.id}`,
      title: escapeHtml(entry.title),
      link: new URL(`/entries/${entry.slug}`, origin).toString(),
      date: new Date(entry.updatedAt),
      description: escapeHtml(entry.summary),
      content: content(entry),
      category: entry.sectors.map((sector) => ({ term: sector, name: sector })),
    });
  }
  return feed.atom1();
}
