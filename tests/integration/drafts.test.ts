// Drafts can be parked half-done: a title is enough to save one. The full rules (a summary, a
// sector, a source, a statement's quote…) apply when it is submitted for review or published,
// and the refusal names each field. The same two schemas at every door (form, API, import).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { account, post, type Account } from "../support/editor";
import { api, tokenUser, type TokenUser } from "../support/write-api";

let analyst: TokenUser, editor: TokenUser;
let analystSession: Account;

beforeAll(async () => {
  await seedDatabase(prisma);
  [analyst, editor] = [await tokenUser("analyst"), await tokenUser("editor")];
  analystSession = await account("analyst");
});

const issuesOf = (json: { error?: { issues?: { path: (string | number)[] }[] } }) => (json.error?.issues ?? []).map((i) => i.path.join("."));

describe("a draft", () => {
  it("saves with only a kind and a title, through the API", async () => {
    const created = await api("POST", "/api/v1/entries", { token: analyst.token, body: { kind: "event", title: "Notes on a possible rail deal" } });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.data).toMatchObject({ state: "draft", title: "Notes on a possible rail deal", summary: "", sectors: [], citations: [] });
  });

  it("saves half-done from the form, blank fields and all, and a later save keeps it a draft", async () => {
    const body = { kind: "event", title: "Something Lavrov said", summary: "", date: { start: null, end: null }, sectors: [], places: [], actors: [], citations: [], agreement: null, statement: null };
    const saved = await post("entry.create", body, { cookie: analystSession.cookie });
    expect(saved.status, JSON.stringify(saved.json)).toBe(200);
    const { id, version } = saved.json.data as { id: string; version: number };
    const again = await post("entry.update", { id, version, reason: "more notes", summary: "" , title: "Something Lavrov said in Moscow" }, { cookie: analystSession.cookie });
    expect(again.status, JSON.stringify(again.json)).toBe(200);
    expect(again.json.data).toMatchObject({ title: "Something Lavrov said in Moscow", state: "draft" });
  });

  it("still refuses what is wrong, not only what is missing: a bad date or a javascript: link", async () => {
    const bad = await api("POST", "/api/v1/entries", { token: analyst.token, body: { kind: "event", title: "A draft", date: { start: "2026-13", end: null }, sectors: ["space"] } });
    expect(bad.status).toBe(400);
    expect(issuesOf(bad.json).sort()).toEqual(["date.start", "sectors.0"]);
    const noTitle = await api("POST", "/api/v1/entries", { token: analyst.token, body: { kind: "event", title: "  " } });
    expect(noTitle.status).toBe(400);
    expect(issuesOf(noTitle.json)).toEqual(["title"]);
  });

  it("meets the full rules when submitted for review, with every missing field named, and changes nothing", async () => {
    const created = await api("POST", "/api/v1/entries", { token: analyst.token, body: { kind: "event", title: "A draft to submit" } });
    const { id, version } = created.json.data;
    const refused = await api("POST", `/api/v1/entries/${id}/submit`, { token: analyst.token, body: { version } });
    expect(refused.status).toBe(400);
    expect(issuesOf(refused.json).sort()).toEqual(["citations", "sectors", "summary"]);
    expect(await prisma.entry.findUniqueOrThrow({ where: { id }, select: { state: true, version: true } })).toEqual({ state: "draft", version });

    const source = await prisma.source.findFirstOrThrow({ where: { deletedAt: null } });
    const filled = await api("PATCH", `/api/v1/entries/${id}`, {
      token: analyst.token,
      body: { version, reason: "filled in", summary: "Railway officials met.", sectors: ["transport"], citations: [{ sourceId: source.id, quote: null, credibility: null }] },
    });
    expect(filled.status, JSON.stringify(filled.json)).toBe(200);
    const submitted = await api("POST", `/api/v1/entries/${id}/submit`, { token: analyst.token, body: { version: filled.json.data.version } });
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    expect(submitted.json.data.state).toBe("in_review");
    // Out of the draft state, the full rules apply to every save.
    const emptied = await api("PATCH", `/api/v1/entries/${id}`, { token: editor.token, body: { version: submitted.json.data.version, reason: "oops", summary: "" } });
    expect(emptied.status).toBe(400);
    expect(issuesOf(emptied.json)).toEqual(["summary"]);
  });

  it("meets the full rules when an editor publishes it", async () => {
    const created = await api("POST", "/api/v1/entries", { token: editor.token, body: { kind: "agreement", title: "An agreement in the making", agreement: { status: "proposed", durationYears: null, figures: [], steps: [] } } });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const refused = await api("POST", `/api/v1/entries/${created.json.data.id}/publish`, { token: editor.token, body: { version: created.json.data.version, reason: "ready" } });
    expect(refused.status).toBe(400);
    expect(issuesOf(refused.json).sort()).toEqual(["citations", "sectors", "summary"]);
    expect((await prisma.entry.findUniqueOrThrow({ where: { id: created.json.data.id } })).state).toBe("draft");
  });
});
