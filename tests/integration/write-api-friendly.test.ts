// The write API as a script writer meets it: what may be empty may be left out, a new draft can be
// read back at its Location with the token that made it, the owner lists what they may edit with
// ?state=, and an entry that looks like one already recorded is refused unless the call allows it.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let analyst: TokenUser, other: TokenUser, editor: TokenUser;
let refs: { actorId: string; sourceId: string; speakerId: string };

beforeAll(async () => {
  await seedDatabase(prisma);
  [analyst, other, editor] = [await tokenUser("analyst"), await tokenUser("analyst"), await tokenUser("editor")];
  const [a, s, sp] = await Promise.all([
    prisma.actor.findFirstOrThrow({ where: { slug: "iran" } }),
    prisma.source.findFirstOrThrow(),
    prisma.actor.findFirstOrThrow({ where: { kind: "person" } }),
  ]);
  refs = { actorId: a.id, sourceId: s.id, speakerId: sp.id };
});

const minimal = (title: string, over: Record<string, unknown> = {}) => ({
  kind: "event",
  title,
  summary: "A short summary of what happened.",
  sectors: ["energy"],
  citations: [{ sourceId: refs.sourceId }],
  ...over,
});

describe("fields that may be empty may be left out", () => {
  it("creates an event with only kind, title, summary, sectors and a citation: no date, places, actors, agreement or statement", async () => {
    const created = await api("POST", "/api/v1/entries", { token: analyst.token, body: minimal("Caspian shipping consultations held in Aktau") });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({ kind: "event", places: [], actors: [], agreement: null, statement: null, state: "draft", version: 1 });
    expect(created.json.data.date).toMatchObject({ start: null, end: null });
  });

  it("a date without its end, an agreement without figures or steps, a statement without its extras", async () => {
    const dated = await api("POST", "/api/v1/entries", { token: analyst.token, body: minimal("Gas swap talks resume in Ashgabat", { date: { start: "2026-03" } }) });
    expect(dated.status).toBe(201);
    expect(dated.json.data.date).toMatchObject({ start: "2026-03", end: null });
    const agreement = await api("POST", "/api/v1/entries", {
      token: analyst.token,
      body: minimal("Memorandum on customs data exchange signed", { kind: "agreement", agreement: { status: "signed" } }),
    });
    expect(agreement.status).toBe(201);
    expect(agreement.json.data.agreement).toMatchObject({ status: "signed", figures: [], steps: [] });
    const statement = await api("POST", "/api/v1/entries", {
      token: analyst.token,
      body: minimal("Deputy minister comments on the corridor", { kind: "statement", statement: { speakerId: refs.speakerId, quote: "Work continues.", verbatim: true } }),
    });
    expect(statement.status).toBe(201);
  });

  it("a change still leaves out what it does not send: a PATCH without actors keeps them", async () => {
    const created = await api("POST", "/api/v1/entries", {
      token: analyst.token,
      body: minimal("Joint commission on rail tariffs meets", { actors: [{ actorId: refs.actorId, role: "host" }] }),
    });
    const patched = await api("PATCH", `/api/v1/entries/${created.json.data.id}`, {
      token: analyst.token,
      headers: { "if-match": '"1"' },
      body: { summary: "The commission agreed on a tariff table.", reason: "more detail" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json.data.actors).toHaveLength(1);
  });
});

describe("reading back what the token's owner may edit", () => {
  it("the Location of a new draft answers 200 to its creator, with its version as ETag; 404 to anyone else but editors", async () => {
    const created = await api("POST", "/api/v1/entries", { token: analyst.token, body: minimal("Draft to read back at its Location") });
    const location = created.headers.get("location")!;
    const mine = await api("GET", location, { token: analyst.token });
    expect(mine.status).toBe(200);
    expect(mine.json).toMatchObject({ id: created.json.data.id, state: "draft", deleted: false, version: 1 });
    expect(mine.headers.get("etag")).toBe('"1"');
    expect((await api("GET", location)).status).toBe(404);
    expect((await api("GET", location, { token: other.token })).status).toBe(404);
    expect((await api("GET", location, { token: editor.token })).json).toMatchObject({ state: "draft" });
    expect((await api("GET", location, { token: "irr_not-a-token" })).status).toBe(401);
  });

  it("?state=draft lists an analyst's own drafts (and an editor's all), with versions; deleted entries are the editors'", async () => {
    const mine = await api("POST", "/api/v1/entries", { token: analyst.token, body: minimal("Analyst's listed draft about grain") });
    const theirs = await api("POST", "/api/v1/entries", { token: other.token, body: minimal("Another analyst's draft about tariffs") });
    const list = await api("GET", "/api/v1/entries?state=draft&pageSize=100", { token: analyst.token });
    expect(list.status).toBe(200);
    const ids = list.json.data.map((e: { id: string }) => e.id);
    expect(ids).toContain(mine.json.data.id);
    expect(ids).not.toContain(theirs.json.data.id);
    expect(list.json.data.every((e: { state: string; version: number }) => e.state === "draft" && e.version >= 1)).toBe(true);
    const all = await api("GET", "/api/v1/entries?state=draft&pageSize=100", { token: editor.token });
    expect(all.json.data.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining([mine.json.data.id, theirs.json.data.id]));
    // Filters still apply, through the same query path.
    const searched = await api("GET", "/api/v1/entries?state=draft&q=grain", { token: analyst.token });
    expect(searched.json.data.map((e: { id: string }) => e.id)).toEqual([mine.json.data.id]);

    const deleted = await api("DELETE", `/api/v1/entries/${theirs.json.data.id}?reason=duplicate`, { token: editor.token, headers: { "if-match": '"1"' } });
    expect(deleted.status).toBe(200);
    const bin = await api("GET", "/api/v1/entries?state=deleted", { token: editor.token });
    expect(bin.json.data).toEqual(expect.arrayContaining([expect.objectContaining({ id: theirs.json.data.id, deleted: true })]));
    expect((await api("GET", "/api/v1/entries?state=deleted", { token: analyst.token })).status).toBe(403);
    expect((await api("GET", "/api/v1/entries?state=draft")).status).toBe(401);
    expect((await api("GET", "/api/v1/entries?state=secret", { token: editor.token })).status).toBe(400);
    // The public list is unchanged: no drafts.
    const pub = await api("GET", "/api/v1/entries?pageSize=100");
    expect(pub.json.data.map((e: { id: string }) => e.id)).not.toContain(mine.json.data.id);
  });
});

describe("duplicates", () => {
  it("the same entry sent twice in a row: the second answers 409 with the match, and goes through with allowDuplicate", async () => {
    const body = minimal("Iran and Russia sign a memorandum on nuclear fuel supply", { date: { start: "2026-05-02" } });
    const first = await api("POST", "/api/v1/entries", { token: analyst.token, body });
    expect(first.status).toBe(201);
    const second = await api("POST", "/api/v1/entries", { token: analyst.token, body });
    expect(second.status).toBe(409);
    expect(second.json.error.message).toMatch(/allowDuplicate/);
    expect(second.json.error.details.matches).toEqual([expect.objectContaining({ id: first.json.data.id, location: `/api/v1/entries/${first.json.data.id}` })]);
    expect(await prisma.entry.count({ where: { title: body.title } })).toBe(1);
    const third = await api("POST", "/api/v1/entries", { token: analyst.token, body: { ...body, allowDuplicate: true } });
    expect(third.status).toBe(201);
    expect((await api("POST", "/api/v1/entries?allowDuplicate=true", { token: analyst.token, body })).status).toBe(201);
    expect((await api("POST", "/api/v1/entries", { token: analyst.token, body: { ...body, allowDuplicate: "maybe" } })).status).toBe(400);
  });

  it("a different fact with a different title is not held up", async () => {
    expect((await api("POST", "/api/v1/entries", { token: analyst.token, body: minimal("Drone parts seized at the border crossing") })).status).toBe(201);
  });
});
