// Stale saves merged like a wiki: a change from an older version keeps every change made since
// unless it touches the same field, which is refused with each conflicting field named.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { entryHistory } from "@/lib/revisions/queries";
import { seedDatabase } from "@/prisma/seed/load";
import { account, eventInput, post, seedRefs, type Account } from "../support/editor";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let editor: TokenUser, other: TokenUser;
let sessionEditor: Account;
let refs: Awaited<ReturnType<typeof seedRefs>>;

beforeAll(async () => {
  await seedDatabase(prisma);
  refs = await seedRefs();
  [editor, other] = [await tokenUser("editor"), await tokenUser("editor")];
  sessionEditor = await account("editor");
});

async function newEntry(title: string) {
  const created = await api("POST", "/api/v1/entries", { token: editor.token, body: eventInput(refs, title) });
  expect(created.status).toBe(201);
  return created.json.data as { id: string; version: number; summary: string; title: string };
}

describe("a stale PATCH through the write API", () => {
  it("that touches none of the fields changed since its version is merged on top, keeping both changes", async () => {
    const entry = await newEntry("Russian grain ministers visit Bandar Abbas");
    const first = await api("PATCH", `/api/v1/entries/${entry.id}`, { token: other.token, headers: { "if-match": '"1"' }, body: { reason: "readout", summary: "The summary from the ministry's readout." } });
    expect(first.status).toBe(200);
    expect(first.json.data.merged).toBe(false);

    const stale = await api("PATCH", `/api/v1/entries/${entry.id}`, { token: editor.token, headers: { "if-match": '"1"' }, body: { reason: "shorter", title: "Russian grain ministers in Bandar Abbas" } });
    expect(stale.status).toBe(200);
    expect(stale.json.data).toMatchObject({
      version: 3,
      merged: true,
      mergedFields: { fromVersion: 1, yours: ["title"], theirs: ["summary"] },
      title: "Russian grain ministers in Bandar Abbas",
      summary: "The summary from the ministry's readout.",
    });
    expect(stale.headers.get("etag")).toBe('"3"');
    const row = await prisma.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect([row.title, row.summary]).toEqual(["Russian grain ministers in Bandar Abbas", "The summary from the ministry's readout."]);
    // History shows the late save changing the title only: the summary is not "removed".
    const [latest] = await entryHistory(entry.id);
    expect(latest.changes.map((c) => c.field)).toEqual(["title"]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "entry.update", targetId: entry.id, userId: editor.caller.userId } });
    expect(audit.details).toMatchObject({ mergedFrom: 1, yours: ["title"], theirs: ["summary"] });
  });

  it("that sends the whole entry, unchanged fields included, still keeps what others changed", async () => {
    const entry = await newEntry("Iran and Russia sign a port logistics memorandum");
    const full = { ...eventInput(refs, "Iran and Russia sign a port logistics memorandum") };
    expect((await api("PATCH", `/api/v1/entries/${entry.id}`, { token: other.token, body: { version: 1, reason: "places", places: ["Astrakhan", "Anzali"] } })).status).toBe(200);
    const stale = await api("PATCH", `/api/v1/entries/${entry.id}`, { token: editor.token, body: { ...full, version: 1, reason: "sector", sectors: ["transport"] } });
    expect(stale.status).toBe(200);
    expect(stale.json.data).toMatchObject({ merged: true, places: ["Astrakhan", "Anzali"], sectors: ["transport"] });
  });

  it("that changes a field changed since is refused with 409, naming each conflicting field, and changes nothing", async () => {
    const entry = await newEntry("Rosatom and AEOI discuss a second Bushehr unit");
    await api("PATCH", `/api/v1/entries/${entry.id}`, { token: other.token, body: { version: 1, reason: "both", title: "Rosatom and AEOI discuss Bushehr-2", summary: "Theirs." } });
    const stale = await api("PATCH", `/api/v1/entries/${entry.id}`, {
      token: editor.token,
      body: { version: 1, reason: "mine", title: "Rosatom and the AEOI discuss a second unit at Bushehr", summary: "Mine.", places: ["Bushehr"] },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.conflicts).toEqual([
      { field: "title", label: "Title" },
      { field: "summary", label: "Summary" },
    ]);
    expect(stale.json.error.details.current).toMatchObject({ version: 2, title: "Rosatom and AEOI discuss Bushehr-2" });
    expect(stale.json.error.message).toMatch(/You both changed title, summary/);
    expect(stale.headers.get("etag")).toBe('"2"');
    const row = await prisma.entry.findUniqueOrThrow({ where: { id: entry.id }, include: { places: { include: { place: true } } } });
    expect([row.version, row.summary, row.places.map((p) => p.place.name)]).toEqual([2, "Theirs.", ["Baku"]]);
  });

  it("that makes the very change already made is not a conflict", async () => {
    const entry = await newEntry("Iran and Russia agree a visa waiver for groups");
    await api("PATCH", `/api/v1/entries/${entry.id}`, { token: other.token, body: { version: 1, reason: "date", date: { start: "2026-03-12", end: null } } });
    const same = await api("PATCH", `/api/v1/entries/${entry.id}`, { token: editor.token, body: { version: 1, reason: "date too", date: { start: "2026-03-12", end: null } } });
    expect(same.status).toBe(200);
    expect(same.json.data).toMatchObject({ version: 2, merged: true });
  });
});

describe("a stale save from the editor's form", () => {
  it("merges the two-tab case: one tab's summary and the other's title are both kept", async () => {
    const created = await post("entry.create", eventInput(refs, "Lavrov and Araghchi meet in Moscow"), { cookie: sessionEditor.cookie });
    const base = created.json.data as Record<string, unknown> & { id: string };
    const pick = ({ kind, title, summary, date, sectors, places, actors, citations, agreement, statement }: Record<string, unknown>) => ({ kind, title, summary, date, sectors, places, actors, citations, agreement, statement });
    const tabA = await post("entry.update", { ...pick(base), id: base.id, version: 1, summary: "Tab A's corrected summary.", reason: "A" }, { cookie: sessionEditor.cookie });
    expect(tabA.status).toBe(200);
    const tabB = await post("entry.update", { ...pick(base), id: base.id, version: 1, title: "Lavrov and Araghchi meet in Moscow for talks", reason: "B" }, { cookie: sessionEditor.cookie });
    expect(tabB.status).toBe(200);
    expect(tabB.json.data).toMatchObject({ version: 3, merged: true, title: "Lavrov and Araghchi meet in Moscow for talks", summary: "Tab A's corrected summary." });
  });
});

describe("withdrawing a submission through the write API", () => {
  it("turns the author's entry in review back into a draft they can edit", async () => {
    const analyst = await tokenUser("analyst");
    const created = await api("POST", "/api/v1/entries", { token: analyst.token, body: eventInput(refs, "Iran and Russia test a joint payment card") });
    const { id } = created.json.data as { id: string };
    expect((await api("POST", `/api/v1/entries/${id}/submit`, { token: analyst.token, body: { version: 1 } })).status).toBe(200);
    expect((await api("PATCH", `/api/v1/entries/${id}`, { token: analyst.token, body: { version: 2, reason: "x", places: ["Tehran"] } })).status).toBe(403);
    const withdrawn = await api("POST", `/api/v1/entries/${id}/withdraw`, { token: analyst.token, headers: { "if-match": '"2"' } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json.data).toMatchObject({ state: "draft", version: 3 });
    expect((await api("PATCH", `/api/v1/entries/${id}`, { token: analyst.token, body: { version: 3, reason: "x", places: ["Tehran"] } })).status).toBe(200);
  });
});
