// Deleting actors and sources through the token API: reversible, editors only, refused while a
// non-deleted entry still uses them, and a deleted actor leaves suggestions and the actor filter.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { resolveActorIds } from "@/lib/entries/search";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let analyst: TokenUser, editor: TokenUser;

beforeAll(async () => {
  await seedDatabase(prisma);
  [analyst, editor] = [await tokenUser("analyst"), await tokenUser("editor")];
});

/** A published entry involving the actor and citing the source; returns its id and version. */
async function publishedEntry(actorId: string, sourceId: string): Promise<{ id: string; version: number }> {
  const created = await api("POST", "/api/v1/entries", {
    token: editor.token,
    body: {
      kind: "event",
      title: "Port officials inspect the new grain terminal at Astrakhan",
      summary: "Officials of both countries toured the terminal.",
      date: { start: "2026-05", end: null },
      sectors: ["transport"],
      places: ["Astrakhan"],
      actors: [{ actorId, role: "participant" }],
      citations: [{ sourceId, quote: null, credibility: 2 }],
      agreement: null,
      statement: null,
    },
  });
  expect(created.status).toBe(201);
  const { id } = created.json.data;
  expect((await api("POST", `/api/v1/entries/${id}/submit`, { token: editor.token, body: { version: 1 } })).status).toBe(200);
  expect((await api("POST", `/api/v1/entries/${id}/publish`, { token: editor.token, body: { version: 2, reason: "checked" } })).status).toBe(200);
  return { id, version: 3 };
}

const suggested = async (q: string) => (await api("GET", `/api/v1/actors?q=${encodeURIComponent(q)}`)).json.data.map((a: { name: string }) => a.name);

describe("deleting actors and sources", () => {
  it("refuses while an entry uses them, then deletes and restores both, reversibly and with every spelling", async () => {
    const actor = (await api("POST", "/api/v1/actors", { token: editor.token, body: { name: "Kazem Zarbakhsh", kind: "person", country: "IR", aliases: ["Kazim Zarbachsch"] } })).json.data;
    const source = (await api("POST", "/api/v1/sources", { token: editor.token, body: { title: "Port authority bulletin" } })).json.data;
    const entry = await publishedEntry(actor.id, source.id);
    expect((await getEntries("?actor=Kazim%20Zarbachsch")).body.total).toBe(1);

    // In use: refused with 409, saying what to do, and nothing changes.
    const before = await prisma.actor.findUniqueOrThrow({ where: { id: actor.id } });
    const inUse = await api("DELETE", `/api/v1/actors/${actor.id}`, { token: editor.token, body: { version: actor.version, reason: "duplicate" } });
    expect(inUse.status).toBe(409);
    expect(inUse.json.error.message).toMatch(/merge it into another actor, or remove it from this entry first/);
    expect(inUse.json.error.details.entryCount).toBe(1);
    expect(await prisma.actor.findUniqueOrThrow({ where: { id: actor.id } })).toEqual(before);
    const sourceInUse = await api("DELETE", `/api/v1/sources/${source.id}?reason=unused`, { token: editor.token, headers: { "if-match": `"${source.version}"` } });
    expect(sourceInUse.status).toBe(409);
    expect(sourceInUse.json.error.message).toMatch(/remove it from this entry/);
    expect((await prisma.source.findUniqueOrThrow({ where: { id: source.id } })).deletedAt).toBeNull();

    // Analysts may not delete, even what nothing uses.
    const spare = (await api("POST", "/api/v1/sources", { token: analyst.token, body: { title: "Unused note" } })).json.data;
    const refused = await api("DELETE", `/api/v1/sources/${spare.id}`, { token: analyst.token, body: { version: spare.version, reason: "x" } });
    expect(refused.status).toBe(403);
    expect((await api("DELETE", `/api/v1/actors/${actor.id}`, { token: analyst.token, body: { version: actor.version, reason: "x" } })).status).toBe(403);
    expect((await prisma.source.findUniqueOrThrow({ where: { id: spare.id } })).deletedAt).toBeNull();

    // Once the entry is deleted, both may go.
    expect((await api("DELETE", `/api/v1/entries/${entry.id}?reason=wrong%20port`, { token: editor.token, body: { version: entry.version } })).status).toBe(200);
    const deleted = await api("DELETE", `/api/v1/actors/${actor.id}?reason=not%20a%20real%20official`, { token: editor.token, headers: { "if-match": `"${actor.version}"` } });
    expect(deleted.status).toBe(200);
    expect(deleted.json.data.deletedAt).not.toBeNull();
    const sourceDeleted = await api("DELETE", `/api/v1/sources/${source.id}`, { token: editor.token, body: { version: source.version, reason: "never published" } });
    expect(sourceDeleted.status).toBe(200);
    expect(await prisma.auditEvent.count({ where: { action: { in: ["actor.delete", "source.delete"] }, outcome: "ok", targetId: { in: [actor.id, source.id] } } })).toBe(2);

    // Gone from suggestions, the actor filter and the actor page.
    expect(await suggested("Zarbakhsh")).not.toContain("Kazem Zarbakhsh");
    expect(await resolveActorIds("Kazem Zarbakhsh")).toEqual([]);
    expect((await getEntries("?actor=Kazim%20Zarbachsch")).body.total).toBe(0);
    const again = await api("DELETE", `/api/v1/actors/${actor.id}`, { token: editor.token, body: { version: deleted.json.data.version, reason: "twice" } });
    expect(again.status).toBe(422);

    // Nothing may bring back or newly name what was deleted: not a restored entry, not a new one.
    const early = await api("POST", `/api/v1/entries/${entry.id}/restore`, { token: editor.token, body: { version: entry.version + 1, reason: "too soon" } });
    expect(early.status).toBe(422);
    expect(early.json.error.message).toMatch(/the actor “Kazem Zarbakhsh” was deleted/);
    const naming = await api("POST", "/api/v1/entries", {
      token: editor.token,
      body: {
        kind: "statement", title: "Zarbakhsh on grain", summary: "A remark.", date: { start: null, end: null }, sectors: ["trade"], places: [],
        actors: [], citations: [{ sourceId: spare.id, quote: null, credibility: null }], agreement: null,
        statement: { speakerId: actor.id, quote: "Grain moves.", verbatim: true, language: "en", original: null, reportedBy: null },
      },
    });
    expect(naming.status).toBe(422);
    expect(naming.json.error.message).toMatch(/Kazem Zarbakhsh/);
    expect(await prisma.entry.count({ where: { title: "Zarbakhsh on grain" } })).toBe(0);

    // Restored unchanged, with every spelling.
    const restored = await api("POST", `/api/v1/actors/${actor.id}/restore`, { token: editor.token, body: { version: deleted.json.data.version, reason: "he exists after all" } });
    expect(restored.status).toBe(200);
    expect(restored.json.data).toMatchObject({ name: "Kazem Zarbakhsh", deletedAt: null });
    expect((await prisma.actorName.findMany({ where: { actorId: actor.id }, orderBy: { name: "asc" } })).map((n) => n.name)).toEqual(["Kazem Zarbakhsh", "Kazim Zarbachsch"]);
    expect((await api("POST", `/api/v1/sources/${source.id}/restore`, { token: editor.token, body: { version: sourceDeleted.json.data.version, reason: "published now" } })).status).toBe(200);
    expect((await api("POST", `/api/v1/entries/${entry.id}/restore`, { token: editor.token, body: { version: entry.version + 1, reason: "right port" } })).status).toBe(200);
    expect(await suggested("Zarbakhsh")).toContain("Kazem Zarbakhsh");
    expect((await getEntries("?actor=Kazim%20Zarbachsch")).body.total).toBe(1);
  });
});

describe("whether any source is graded (the browse filters' note on grading)", () => {
  it("is false for the initial record, true once a kept source is graded, and false again while that source is deleted", async () => {
    const { anySourceGraded } = await import("@/lib/sources/queries");
    const graded = await prisma.source.findMany({ where: { reliability: { not: null } }, select: { id: true } });
    await prisma.source.updateMany({ where: { id: { in: graded.map((s) => s.id) } }, data: { reliability: null } });
    expect(await anySourceGraded()).toBe(false);
    const source = await prisma.source.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    await prisma.source.update({ where: { id: source.id }, data: { reliability: "B" } });
    expect(await anySourceGraded()).toBe(true);
    await prisma.source.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    expect(await anySourceGraded()).toBe(false);
    await prisma.source.update({ where: { id: source.id }, data: { deletedAt: null, reliability: null } });
  });
});
