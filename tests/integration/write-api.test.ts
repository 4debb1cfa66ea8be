// The write API with personal tokens: each role may do what the editor's pages let it do, every
// change leaves a revision and an audit event, and a stale update gets 409 with the current version.
import { beforeAll, describe, expect, it } from "vitest";
import { setRole } from "@/lib/accounts/accounts";
import { cliCaller } from "@/lib/auth/caller";
import { prisma } from "@/lib/db/client";
import { revokeToken } from "@/lib/tokens/tokens";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntryById } from "../support/api";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let analyst: TokenUser, editor: TokenUser, admin: TokenUser;
let refs: { actorId: string; sourceId: string };

const newEntry = (title: string) => ({
  kind: "event",
  title,
  summary: "Railway officials of both countries inspected the unfinished section.",
  date: { start: "2026-04", end: null },
  sectors: ["transport"],
  places: ["Rasht"],
  actors: [{ actorId: refs.actorId, role: "host" }],
  citations: [{ sourceId: refs.sourceId, quote: null, credibility: 3 }],
  agreement: null,
  statement: null,
});

beforeAll(async () => {
  await seedDatabase(prisma);
  [analyst, editor, admin] = [await tokenUser("analyst"), await tokenUser("editor"), await tokenUser("admin")];
  const [a, s] = await Promise.all([prisma.actor.findFirstOrThrow({ where: { slug: "iran" } }), prisma.source.findFirstOrThrow()]);
  refs = { actorId: a.id, sourceId: s.id };
});

describe("authentication", () => {
  it("refuses a write without a valid token, saying how to get one, and audits the refusal", async () => {
    const missing = await api("POST", "/api/v1/entries", { body: newEntry("No token") });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(missing.json.error.message).toMatch(/account page/);
    expect((await api("POST", "/api/v1/entries", { token: "irr_made-up", body: newEntry("Bad token") })).status).toBe(401);
    expect(await prisma.entry.count({ where: { title: { in: ["No token", "Bad token"] } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "entry.create", outcome: "denied", via: "anonymous" } })).toBeGreaterThanOrEqual(2);
  });

  it("stores only a hash of the token, and a revoked token opens nothing", async () => {
    const user = await tokenUser("editor");
    const stored = await prisma.apiToken.findFirstOrThrow({ where: { userId: user.caller.userId } });
    expect(JSON.stringify(stored)).not.toContain(user.token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    await revokeToken(user.caller, { id: stored.id });
    const refused = await api("POST", "/api/v1/entries", { token: user.token, body: newEntry("Revoked") });
    expect(refused.status).toBe(401);
    expect(refused.json.error.message).toMatch(/revoked/);
  });

  it("carries the owner's current role: a demoted editor's token can no longer publish, a disabled account's opens nothing", async () => {
    const user = await tokenUser("editor");
    const created = await api("POST", "/api/v1/entries", { token: user.token, body: newEntry("Demotion test") });
    await setRole(cliCaller(), { email: user.email, role: "analyst" });
    const publish = await api("POST", `/api/v1/entries/${created.json.data.id}/publish`, { token: user.token, body: { version: 1, reason: "checked" } });
    expect(publish.status).toBe(403);
    await prisma.user.update({ where: { id: user.caller.userId }, data: { disabledAt: new Date() } });
    expect((await api("POST", "/api/v1/entries", { token: user.token, body: newEntry("Disabled") })).status).toBe(401);
  });
});

describe("entries", () => {
  it("an analyst logs a draft through the API, with its revision and an audit event made with the token", async () => {
    const { status, json, headers } = await api("POST", "/api/v1/entries", { token: analyst.token, body: newEntry("Officials inspect the Rasht–Astara line") });
    expect(status).toBe(201);
    expect(headers.get("location")).toBe(`/api/v1/entries/${json.data.id}`);
    expect(headers.get("etag")).toBe('"1"');
    expect(json.data).toMatchObject({ state: "draft", version: 1, title: "Officials inspect the Rasht–Astara line" });
    // A draft is not on the public record.
    expect((await getEntryById(json.data.id)).status).toBe(404);
    expect(await prisma.revision.count({ where: { entryId: json.data.id } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "entry.create", targetId: json.data.id } });
    expect(audit).toMatchObject({ via: "token", userId: analyst.caller.userId, outcome: "ok" });
  });

  it("answers invalid input with 400 and the field, writing nothing", async () => {
    const before = await prisma.entry.count();
    const { status, json } = await api("POST", "/api/v1/entries", { token: analyst.token, body: { ...newEntry("Bad date"), date: { start: "2026-02-30", end: null } } });
    expect(status).toBe(400);
    expect(json.error.issues[0].path).toEqual(["date", "start"]);
    expect(await prisma.entry.count()).toBe(before);
    expect((await api("POST", "/api/v1/entries", { token: analyst.token, body: "not json" })).status).toBe(400);
  });

  it("lets each role do what its role allows, and no more", async () => {
    const own = (await api("POST", "/api/v1/entries", { token: analyst.token, body: newEntry("Analyst's own draft") })).json.data;
    const published = await prisma.entry.findFirstOrThrow({ where: { slug: "iran-joins-brics" } });
    const cases: [string, () => Promise<{ status: number }>, number][] = [
      ["analyst edits their own draft", () => api("PATCH", `/api/v1/entries/${own.id}`, { token: analyst.token, body: { version: 1, reason: "typo", summary: "Fixed." } }), 200],
      ["analyst edits a published entry", () => api("PATCH", `/api/v1/entries/${published.id}`, { token: analyst.token, body: { version: published.version, reason: "x", summary: "No." } }), 403],
      ["analyst publishes", () => api("POST", `/api/v1/entries/${own.id}/publish`, { token: analyst.token, body: { version: 2, reason: "x" } }), 403],
      ["analyst deletes", () => api("DELETE", `/api/v1/entries/${own.id}`, { token: analyst.token, body: { version: 2, reason: "x" } }), 403],
      ["analyst submits their draft", () => api("POST", `/api/v1/entries/${own.id}/submit`, { token: analyst.token, headers: { "if-match": '"2"' } }), 200],
      ["editor publishes it", () => api("POST", `/api/v1/entries/${own.id}/publish`, { token: editor.token, body: { version: 3, reason: "Checked against the source" } }), 200],
      ["admin corrects it", () => api("PATCH", `/api/v1/entries/${own.id}`, { token: admin.token, body: { version: 4, reason: "place", places: ["Astara"] } }), 200],
      ["analyst creates an actor", () => api("POST", "/api/v1/actors", { token: analyst.token, body: { name: "Iranian Railways", kind: "organisation", country: "IR" } }), 201],
      ["analyst creates a source", () => api("POST", "/api/v1/sources", { token: analyst.token, body: { title: "Railway report", url: "https://example.org/rail" } }), 201],
      ["analyst grades a source", () => api("POST", "/api/v1/sources", { token: analyst.token, body: { title: "Graded", reliability: "B" } }), 403],
    ];
    for (const [what, run, expected] of cases) expect((await run()).status, what).toBe(expected);
    const entry = await getEntryById(own.id);
    expect(entry.body).toMatchObject({ version: 5, places: ["Astara"] }); // published, and corrected
    expect(await prisma.revision.count({ where: { entryId: own.id } })).toBe(5);
  });

  it("shows nothing of another analyst's draft or a deleted entry to an update it refuses, stale or not", async () => {
    const other = await tokenUser("analyst");
    const draft = (await api("POST", "/api/v1/entries", { token: other.token, body: { ...newEntry("Unannounced rail tariff"), summary: "Tariff terms not yet public." } })).json.data;
    for (const version of [draft.version, draft.version + 5]) {
      const refused = await api("PATCH", `/api/v1/entries/${draft.id}`, { token: analyst.token, body: { version, reason: "x", title: "Taken over" } });
      expect(refused.status, `from version ${version}`).toBe(403);
      expect(JSON.stringify(refused.json)).not.toContain("Tariff terms");
    }
    // The analyst's own entry, deleted by an editor: deleted entries are the editors' to see.
    const own = (await api("POST", "/api/v1/entries", { token: analyst.token, body: { ...newEntry("Withdrawn ferry plan"), summary: "Ferry plan withdrawn by its author." } })).json.data;
    expect((await api("DELETE", `/api/v1/entries/${own.id}`, { token: editor.token, body: { version: own.version, reason: "a duplicate" } })).status).toBe(200);
    const onDeleted = await api("PATCH", `/api/v1/entries/${own.id}`, { token: analyst.token, body: { version: own.version, reason: "x", title: "Changed" } });
    expect(onDeleted.status).toBe(422);
    expect(onDeleted.json.error.message).toContain("deleted");
    expect(JSON.stringify(onDeleted.json)).not.toContain("Ferry plan withdrawn");
    expect((await prisma.entry.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Unannounced rail tariff");
  });

  it("refuses a stale update with 409 and the current version, and loses nobody's change", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "russia-iran-gas-pipeline-via-azerbaijan" } });
    const first = await api("PATCH", `/api/v1/entries/${entry.slug}`, { token: editor.token, headers: { "if-match": `"${entry.version}"` }, body: { reason: "volume", summary: "First correction." } });
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toBe(`"${entry.version + 1}"`);
    // A second client started from the same version.
    const stale = await api("PATCH", `/api/v1/entries/${entry.id}`, { token: admin.token, body: { version: entry.version, reason: "other", summary: "Second correction." } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.current.version).toBe(entry.version + 1);
    expect(stale.headers.get("etag")).toBe(`"${entry.version + 1}"`);
    expect((await getEntryById(entry.id)).body.summary).toBe("First correction.");
    expect(await prisma.auditEvent.count({ where: { action: "entry.update", outcome: "conflict", userId: admin.caller.userId } })).toBe(1);

    const noVersion = await api("PATCH", `/api/v1/entries/${entry.id}`, { token: editor.token, body: { reason: "x", summary: "y" } });
    expect(noVersion.status).toBe(400);
    expect(noVersion.json.error.message).toMatch(/If-Match/);
  });

  it("deletes reversibly: the entry leaves the record and comes back with its history", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "iran-joins-brics" } });
    const deleted = await api("DELETE", `/api/v1/entries/${entry.id}?reason=Duplicate%20of%20another%20entry`, { token: editor.token, headers: { "if-match": `"${entry.version}"` } });
    expect(deleted.status).toBe(200);
    expect((await getEntryById(entry.id)).status).toBe(404);
    expect(await prisma.entry.count({ where: { id: entry.id } })).toBe(1); // nothing is erased
    const restored = await api("POST", `/api/v1/entries/${entry.id}/restore`, { token: editor.token, body: { version: entry.version + 1, reason: "Not a duplicate after all" } });
    expect(restored.status).toBe(200);
    expect((await getEntryById(entry.id)).body.title).toBe(entry.title);
    expect((await api("POST", `/api/v1/entries/${entry.id}/teleport`, { token: editor.token, body: { version: 1, reason: "x" } })).status).toBe(400);
  });
});

describe("actors and sources", () => {
  it("updates an actor with its version, refuses a stale one, and merges reversibly", async () => {
    const created = await api("POST", "/api/v1/actors", { token: editor.token, body: { name: "Sergey Lavrov", kind: "person", country: "RU", aliases: ["Lavrov"] } });
    const { id, version } = created.json.data;
    expect(created.headers.get("etag")).toBe(`"${version}"`);
    const updated = await api("PATCH", `/api/v1/actors/${id}`, { token: editor.token, headers: { "if-match": `"${version}"` }, body: { reason: "title", titles: ["Foreign Minister"] } });
    expect(updated.status).toBe(200);
    const stale = await api("PATCH", `/api/v1/actors/${id}`, { token: editor.token, body: { version, reason: "again", titles: ["Minister"] } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.details.current.version).toBe(updated.json.data.version);
    expect((await api("PATCH", `/api/v1/actors/${id}`, { token: analyst.token, body: { version: updated.json.data.version, reason: "x", titles: [] } })).status).toBe(403);

    const duplicate = (await api("POST", "/api/v1/actors", { token: editor.token, body: { name: "S. Lavrov", kind: "person", country: "RU" } })).json.data;
    expect((await api("POST", `/api/v1/actors/${duplicate.id}/merge`, { token: editor.token, body: { intoId: id, reason: "same person" } })).status).toBe(200);
    expect(await prisma.actorName.count({ where: { actorId: id, name: "S. Lavrov" } })).toBe(1);
    expect((await api("POST", `/api/v1/actors/${duplicate.id}/unmerge`, { token: editor.token, body: { reason: "different people" } })).status).toBe(200);
    expect(await prisma.actorName.count({ where: { actorId: duplicate.id, name: "S. Lavrov" } })).toBe(1);
  });

  it("changes only the fields an update names, and refuses one with no version", async () => {
    const created = await api("POST", "/api/v1/actors", {
      token: editor.token,
      body: { name: "Mohammad Eslami", kind: "person", country: "IR", titles: ["Head of the AEOI"], aliases: ["Mohammad Eslami", "محمد اسلامی", "Eslami"] },
    });
    const { id, version } = created.json.data;
    const noVersion = await api("PATCH", `/api/v1/actors/${id}`, { token: editor.token, body: { reason: "country", country: "IR" } });
    expect(noVersion.status).toBe(400);
    expect(JSON.stringify(noVersion.json.error)).toContain("version");

    const updated = await api("PATCH", `/api/v1/actors/${id}`, { token: editor.token, body: { version, reason: "kind", kind: "person", country: "ir" } });
    expect(updated.status).toBe(200);
    const actor = await prisma.actor.findUniqueOrThrow({ where: { id }, include: { names: true } });
    expect(actor.titles).toEqual(["Head of the AEOI"]);
    expect(actor.names.map((n) => n.name).sort()).toEqual(["Eslami", "Mohammad Eslami", "محمد اسلامی"].sort());
  });

  it("refuses to merge an actor into a deleted one", async () => {
    const keep = (await api("POST", "/api/v1/actors", { token: editor.token, body: { name: "Ali Akbar Ahmadian", kind: "person", country: "IR" } })).json.data;
    const gone = (await api("POST", "/api/v1/actors", { token: editor.token, body: { name: "A. A. Ahmadian", kind: "person", country: "IR" } })).json.data;
    expect((await api("DELETE", `/api/v1/actors/${gone.id}`, { token: editor.token, body: { version: gone.version, reason: "made twice" } })).status).toBe(200);
    const merged = await api("POST", `/api/v1/actors/${keep.id}/merge`, { token: editor.token, body: { intoId: gone.id, reason: "same person" } });
    expect(merged.status).toBe(409);
    expect(merged.json.error.message).toContain("deleted");
    expect((await prisma.actor.findUniqueOrThrow({ where: { id: keep.id } })).mergedIntoId).toBeNull();
  });

  it("updates a source with its version and refuses a stale one", async () => {
    const created = (await api("POST", "/api/v1/sources", { token: editor.token, body: { title: "IRNA report", reliability: "C" } })).json.data;
    const graded = await api("PATCH", `/api/v1/sources/${created.id}`, { token: editor.token, body: { version: created.version, reliability: "B" } });
    expect(graded.status).toBe(200);
    expect(graded.json.data.reliability).toBe("B");
    const stale = await api("PATCH", `/api/v1/sources/${created.id}`, { token: editor.token, body: { version: created.version, reliability: "D" } });
    expect(stale.status).toBe(409);
    expect((await prisma.source.findUniqueOrThrow({ where: { id: created.id } })).reliability).toBe("B");
  });
});
