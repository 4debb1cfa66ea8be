// Text that PostgreSQL cannot hold (NUL bytes), that is not Unicode (lone surrogates) or that came
// from a bad percent-encoding is refused at every door with a 400 naming the field, never a 500;
// and a database data error that still escapes is answered 422 and logged.
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { apiError } from "@/lib/api/errors";
import { proxy } from "@/proxy";
import { GET as feedRoute } from "@/app/feeds/entries.atom/route";
import { GET as exportRoute } from "@/app/api/v1/entries/export/route";
import { GET as correctionsRoute } from "@/app/api/v1/entries/[id]/corrections/route";
import { parseView } from "@/lib/entries/url-state";
import { safeRouteParam } from "@/lib/validation/text";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let editor: TokenUser;
let refs: { actorId: string; sourceId: string };
const NUL = "\u0000";
const LONE = "\uD800";

beforeAll(async () => {
  await seedDatabase(prisma);
  editor = await tokenUser("editor");
  const [a, s] = await Promise.all([prisma.actor.findFirstOrThrow({ where: { slug: "iran" } }), prisma.source.findFirstOrThrow()]);
  refs = { actorId: a.id, sourceId: s.id };
});
afterEach(() => vi.restoreAllMocks());

/** The 400 names the field and says what is wrong with it. */
function expectRefused(result: { status: number; json: Record<string, any> }, field: string, what: RegExp = /NUL byte|surrogate|UTF-8/) {
  expect(result.status).toBe(400);
  expect(result.json.error.issues.map((i: { path: unknown[] }) => i.path.join("."))).toContain(field);
  expect(result.json.error.message).toMatch(what);
}

const json = async (response: Response) => ({ status: response.status, json: await response.json() });

describe("the addresses of the issue", () => {
  it("refuses a path segment that decodes to NUL or to bad UTF-8 before Next.js decodes it, for the API and for pages", async () => {
    for (const path of ["/api/v1/entries/%00", "/api/v1/entries/%ED%A0%80", "/api/v1/entries/%ED%A0%80/publish", "/api/v1/entries/%C0%AF", "/api/v1/entries/%E2%82"]) {
      const response = proxy(new NextRequest(`http://record.test${path}`, { method: path.endsWith("publish") ? "POST" : "GET" }));
      expectRefused(await json(response), "path");
    }
    for (const path of ["/entries/%00", "/entries/%ED%A0%80", "/entries/x/edit/%00"]) {
      const response = proxy(new NextRequest(`http://record.test${path}`));
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/Bad request: The address/);
    }
    // A good address passes, with its page policy.
    const fine = proxy(new NextRequest("http://record.test/entries/%D1%82%D0%B5%D1%81%D1%82"));
    expect(fine.status).toBe(200);
    expect(fine.headers.get("content-security-policy")).toMatch(/nonce-/);
  });

  it("GET /api/v1/entries/{id} and its corrections refuse an id with a NUL byte or a lone surrogate, naming id", async () => {
    expectRefused(await api("GET", "/api/v1/entries/%00"), "id");
    expectRefused(await api("GET", "/api/v1/entries/x%EF%BF%BD"), "id", /UTF-8/);
    const response = await correctionsRoute(new Request("http://record.test/"), { params: Promise.resolve({ id: `${NUL}x` }) });
    expectRefused(await json(response), "id");
  });

  it("every write route refuses such an id with 400 naming id, not 500", async () => {
    const routes: [string, Record<string, any>, string][] = [
      ["PATCH", await import("@/app/api/v1/entries/[id]/route"), ""],
      ["POST", await import("@/app/api/v1/entries/[id]/[action]/route"), "publish"],
      ["PATCH", await import("@/app/api/v1/actors/[id]/route"), ""],
      ["POST", await import("@/app/api/v1/actors/[id]/merge/route"), ""],
      ["POST", await import("@/app/api/v1/actors/[id]/unmerge/route"), ""],
      ["DELETE", await import("@/app/api/v1/sources/[id]/route"), ""],
      ["POST", await import("@/app/api/v1/sources/[id]/restore/route"), ""],
    ];
    for (const bad of [NUL, LONE, "\uFFFD"]) {
      for (const [method, module, action] of routes) {
        const request = new NextRequest("http://record.test/api/v1/x", {
          method,
          headers: { authorization: `Bearer ${editor.token}`, "content-type": "application/json" },
          body: JSON.stringify({ version: 1, reason: "why", intoId: "x" }),
        });
        const response = await module[method](request, { params: Promise.resolve({ id: `e${bad}`, action }) });
        expectRefused(await json(response), "id");
      }
    }
  });

  it("GET /api/v1/entries?actor=%00 (and q, and a lone surrogate, and bad UTF-8) answers 400 naming the parameter", async () => {
    expectRefused(await api("GET", "/api/v1/entries?actor=%00"), "actor");
    expectRefused(await api("GET", "/api/v1/entries?q=oil%00"), "q");
    expectRefused(await api("GET", "/api/v1/entries?actor=%ED%A0%80"), "actor", /UTF-8/);
    expectRefused(await api("GET", `/api/v1/entries?sector=${encodeURIComponent("energy")}%00`), "sector");
  });

  it("GET /api/v1/actors?q=%00 answers 400 naming q", async () => {
    expectRefused(await api("GET", "/api/v1/actors?q=%00"), "q");
    expectRefused(await api("GET", "/api/v1/actors?q=%ED%A0%80"), "q");
  });

  it("the feed and the export refuse ?actor=%00 with 400 naming actor", async () => {
    expectRefused(await json(await feedRoute(new NextRequest("http://record.test/feeds/entries.atom?actor=%00"))), "actor");
    expectRefused(await json(await exportRoute(new NextRequest("http://record.test/api/v1/entries/export?format=csv&actor=%00"))), "actor");
  });

  it("the browse page (/entries?actor=%00) keeps the rest of the view and reports the actor field", () => {
    const { query, errors } = parseView({ actor: NUL, sector: "energy" });
    expect(query.actor).toBeUndefined();
    expect(query.sector).toEqual(["energy"]);
    expect(errors.actor).toMatch(/NUL byte/);
  });

  it("a page's route parameter that is not text gives not found (null), never a thrown error", () => {
    expect(safeRouteParam(NUL)).toBeNull();
    expect(safeRouteParam("%ED%A0%80")).toBeNull();
    expect(safeRouteParam("%E0%A4%A")).toBeNull();
    expect(safeRouteParam(`a${LONE}`)).toBeNull();
    expect(safeRouteParam("rasht-astara-railway")).toBe("rasht-astara-railway");
  });
});

describe("JSON bodies, imports and headers", () => {
  const entry = (over: Record<string, unknown> = {}) => ({
    kind: "event",
    title: "Officials inspect the line",
    summary: "Railway officials inspected the section.",
    date: { start: "2026-04" },
    sectors: ["transport"],
    citations: [{ sourceId: refs.sourceId, quote: null, credibility: 3 }],
    allowDuplicate: true,
    ...over,
  });

  it("a NUL byte or a lone surrogate in any field of a JSON body is refused, naming the field, and nothing is written", async () => {
    const before = await prisma.entry.count();
    expectRefused(await api("POST", "/api/v1/entries", { token: editor.token, body: entry({ title: `Bad${NUL}title` }) }), "title");
    expectRefused(await api("POST", "/api/v1/entries", { token: editor.token, body: entry({ places: ["Rasht", `As${LONE}tara`] }) }), "places.1", /surrogate/);
    expectRefused(await api("POST", "/api/v1/entries", { token: editor.token, body: entry({ citations: [{ sourceId: refs.sourceId, quote: `q${NUL}`, credibility: 3 }] }) }), "citations.0.quote");
    // JSON's own escapes reach the same check: "\u0000" and "\ud800" written in the body text.
    const raw = JSON.stringify(entry()).replace('"Officials inspect the line"', '"Officials\\u0000 inspect"');
    expectRefused(await api("POST", "/api/v1/entries", { token: editor.token, body: raw }), "title");
    const rawLone = JSON.stringify(entry()).replace('"Officials inspect the line"', '"Officials \\ud800 inspect"');
    expectRefused(await api("POST", "/api/v1/entries", { token: editor.token, body: rawLone }), "title", /surrogate/);
    expectRefused(await api("POST", "/api/v1/actors", { token: editor.token, body: { name: `Ana${NUL}`, kind: "person" } }), "name");
    expectRefused(await api("POST", "/api/v1/sources", { token: editor.token, body: { title: "A source", publisher: `IRNA${LONE}` } }), "publisher", /surrogate/);
    expect(await prisma.entry.count()).toBe(before);
  });

  it("the schemas refuse it too, for the doors that parse without readJsonBody (forms, imports, restore)", async () => {
    const { entryCreateInput } = await import("@/lib/entries/input");
    const { actorCreateInput } = await import("@/lib/actors/input");
    const { importRow } = await import("@/lib/import/row");
    const parsed = entryCreateInput.safeParse({ ...entry({ summary: `x${NUL}` }) });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0].path).toEqual(["summary"]);
    expect(actorCreateInput.safeParse({ name: "x", kind: "person", aliases: [`y${LONE}`] }).error!.issues[0].path).toEqual(["aliases", 0]);
    // An import row's own parts (names it resolves); its entry fields then go through entryCreateInput's rules above.
    expect(importRow.safeParse({ kind: "event", title: "t", actors: [{ name: `n${NUL}`, role: "host" }] }).error!.issues.map((i) => i.path[0])).toContain("actors");
  });

  it("a CSV import with a NUL byte in a cell is refused, naming the row and column, and imports nothing", async () => {
    const before = await prisma.entry.count();
    const header = "kind,title,summary,date_start,sectors,source_title,source_url";
    const csv = `${header}\nevent,Good row,A summary,2026-01,energy,IRNA,https://example.org/a\nevent,Bad${NUL}row,A summary,2026-01,energy,IRNA,https://example.org/b\n`;
    const result = await api("POST", "/api/v1/imports?dryRun=false", { token: editor.token, body: csv, headers: { "content-type": "text/csv" } });
    expect(result.status).toBeLessThan(500);
    expect(result.status).not.toBe(200);
    expect(JSON.stringify(result.json)).toMatch(/NUL byte/);
    expect(JSON.stringify(result.json)).toMatch(/title/);
    expect(await prisma.entry.count()).toBe(before);
  });

  it("If-Match that is not a version, and an Authorization header that is not a token, are refused without reaching the database as text", async () => {
    const created = await api("POST", "/api/v1/entries", { token: editor.token, body: entry({ title: "If-Match target" }) });
    expect(created.status).toBe(201);
    const bad = await api("PATCH", `/api/v1/entries/${created.json.data.id}`, { token: editor.token, headers: { "if-match": '"1\u00ff"' }, body: { title: "x", reason: "y" } });
    expectRefused(bad, "If-Match", /If-Match/);
    const noToken = await api("POST", "/api/v1/entries", { headers: { authorization: "Bearer \u00ff\u00fe" }, body: entry() });
    expect(noToken.status).toBe(401);
  });
});

describe("the safety net", () => {
  it("a PostgreSQL data error that escapes the schemas is answered 422 with its SQLSTATE, and logged", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = await prisma.$queryRaw`SELECT ${"a\u0000b"}::text`.then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    const response = apiError(error);
    expect(response.status).toBe(422);
    expect((await response.json()).error).toMatchObject({ code: "22021", message: expect.stringMatching(/cannot be stored/) });
    expect(warn).toHaveBeenCalled();
    const cast = await prisma.$queryRaw`SELECT ${"not a number"}::int`.then(() => null, (e: unknown) => e);
    expect(apiError(cast).status).toBe(422);
  });
});
