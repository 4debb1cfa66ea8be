// The Atom feed of a browse view: valid Atom (RFC 4287), the view's filters, newest changes first.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/feeds/entries.atom/route";
import { prisma } from "@/lib/db/client";
import { readRecord, seedDatabase } from "@/prisma/seed/load";

const record = readRecord();
const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

async function fetchFeed(query: string) {
  const response = await feedRoute(new NextRequest(`http://record.example/feeds/entries.atom${query}`));
  return { response, xml: await response.text() };
}

const text = (node: unknown): string => (typeof node === "object" && node ? String((node as Node)["#text"] ?? "") : String(node ?? ""));

/** The checks of RFC 4287 a feed reader relies on; returns the parsed feed. */
function assertAtom(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true); // well-formed XML
  const feed = parser.parse(xml).feed as Node;
  expect(feed, "root element is <feed>").toBeTruthy();
  expect(feed["@xmlns"]).toBe(ATOM);
  // atom:feed MUST contain exactly one id, title and updated, and an author unless every entry has one.
  expect(text(feed.id)).toMatch(/^[a-z][a-z0-9+.-]*:/i);
  expect(text(feed.title)).toBeTruthy();
  expect(text(feed.updated)).toMatch(RFC3339);
  expect((feed.author as Node[])?.[0]?.name).toBeTruthy();
  const links = feed.link as Node[];
  expect(links.some((l) => l["@rel"] === "self")).toBe(true);
  const entries = (feed.entry as Node[] | undefined) ?? [];
  for (const entry of entries) {
    // atom:entry MUST contain one id (an IRI), title and updated; without content it needs an alternate link.
    expect(text(entry.id)).toMatch(/^[a-z][a-z0-9+.-]*:/i);
    expect(text(entry.title)).toBeTruthy();
    expect(text(entry.updated)).toMatch(RFC3339);
    const alternate = (entry.link as Node[]).find((l) => !l["@rel"] || l["@rel"] === "alternate");
    expect(alternate?.["@href"]).toMatch(/^https?:\/\//);
    if (entry.content) expect(["text", "html", "xhtml"]).toContain((entry.content as Node)["@type"]);
  }
  expect(new Set(entries.map((e) => text(e.id))).size, "entry ids are unique").toBe(entries.length);
  return { feed, entries };
}

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("GET /feeds/entries.atom", () => {
  it("is a valid Atom feed of the record, each entry linking to its page", async () => {
    const { response, xml } = await fetchFeed("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const { feed, entries } = assertAtom(xml);
    expect(text(feed.title)).toBe("Iran–Russia cooperation record");
    expect(entries).toHaveLength(record.entries.length);
    const visit = entries.find((e) => (e.link as Node[])[0]["@href"] === "http://record.example/entries/tsivilev-visit-to-tehran-2026");
    expect(visit, "the Tehran visit links to its page").toBeTruthy();
    expect(text(visit!.content)).toContain("18 Feb 2026");
  });

  it("follows a sector, naming it in the title", async () => {
    const { xml } = await fetchFeed("?sector=nuclear");
    const { feed, entries } = assertAtom(xml);
    expect(text(feed.title)).toContain("nuclear");
    expect(entries).toHaveLength(record.entries.filter((e) => e.sectors.includes("nuclear")).length);
    for (const entry of entries) {
      expect((entry.category as Node[]).map((c) => c["@term"])).toContain("nuclear");
    }
  });

  it("follows an actor in any spelling, and a search", async () => {
    const { entries } = assertAtom((await fetchFeed("?actor=Tsivilyov")).xml);
    expect(entries.map((e) => text(e.title))).toContain(record.entries.find((e) => e.slug === "tsivilev-visit-to-tehran-2026")!.title);
    const search = assertAtom((await fetchFeed("?q=pipeline%20Azerbaijan")).xml);
    expect(search.entries.length).toBeGreaterThan(0);
  });

  it("puts the latest new or corrected entry first, with its update time", async () => {
    const bushehr = await prisma.entry.update({
      where: { slug: "bushehr-nuclear-power-plant-operational" },
      data: { summary: "Corrected summary <with> markup & an ampersand." },
    });
    const { entries } = assertAtom((await fetchFeed("")).xml);
    expect(text(entries[0].title)).toBe(bushehr.title);
    expect(new Date(text(entries[0].updated)).getTime()).toBe(bushehr.updatedAt.getTime());
    // Text that looks like markup reaches the reader as text.
    expect(text(entries[0].summary)).toContain("&lt;with&gt; markup &amp; an ampersand");
  });

  it("is still valid Atom when nothing matches", async () => {
    const { entries } = assertAtom((await fetchFeed("?from=2030-01-01")).xml);
    expect(entries).toEqual([]);
  });

  it("answers bad parameters with 400", async () => {
    expect((await fetchFeed("?sector=space")).response.status).toBe(400);
  });
});
