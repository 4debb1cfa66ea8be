// The write API's role matrix, like the pages' (editor-roles.test.ts): every token-authenticated
// write, called by each kind of caller (a reader with no token, an analyst's, an editor's and an
// admin's token). Below the role it needs, the call is refused (401 without a token, 403 about the
// role whatever else the request lacks) and nothing changes, tokens and sessions included; at or
// above it, the call does what it says, and the record shows it.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, hasRole, type Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { entryAction } from "@/lib/api/v1/entry-writes";
import { api, tokenUser, type TokenUser } from "../support/write-api";

type Method = "GET" | "POST" | "PATCH" | "DELETE";
type Call = { method: Method; path: string; body?: unknown; headers?: Record<string, string> };
type Answer = Awaited<ReturnType<typeof api>>;
/** Who calls: a reader has no token at all. */
type Who = "reader" | Role;
const CALLERS: Who[] = ["reader", ...ROLES];

/**
 * One write of the token API: the route file and method that serve it, the least role it needs,
 * a call that the role would make successfully (set up for the user who makes it), and what a
 * user then sees in the record.
 */
type Write = {
  name: string;
  route: string;
  role: Role;
  call: (user: TokenUser) => Promise<Call>;
  effect: (answer: Answer, call: Call, user: TokenUser) => Promise<void>;
};

let users: Record<Role, TokenUser>;
const unique = () => Math.random().toString(36).slice(2, 8);

/** A complete draft logged by `owner` through the API, ready to submit or publish. */
async function draftOf(owner: TokenUser, title = `A matrix entry about a rail link ${unique()}`) {
  const source = await prisma.source.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { title: "asc" } });
  const { json, status } = await api("POST", "/api/v1/entries", {
    token: owner.token,
    body: {
      kind: "event", title, summary: "Written for the role matrix.", date: { start: "2026-02", end: null }, sectors: ["transport"],
      places: [], actors: [], citations: [{ sourceId: source.id, quote: null, credibility: null }], agreement: null, statement: null,
      allowDuplicate: true,
    },
  });
  if (status !== 201) throw new Error(`setup: creating a draft answered ${status} ${JSON.stringify(json)}`);
  return json.data as { id: string; version: number; slug: string; title: string };
}

/** Runs a setup step that must succeed, returning its entry or record. */
async function step(call: Call, user: TokenUser) {
  const { status, json } = await api(call.method, call.path, { token: user.token, body: call.body, headers: call.headers });
  if (status >= 300) throw new Error(`setup: ${call.method} ${call.path} answered ${status} ${JSON.stringify(json)}`);
  return json.data as { id: string; version: number; title?: string };
}

async function submitted(owner: TokenUser) {
  const e = await draftOf(owner);
  return step({ method: "POST", path: `/api/v1/entries/${e.id}/submit`, body: { version: e.version } }, owner);
}

/** What a reader, or the entry's owner with their token, gets from GET /api/v1/entries/{id}. */
async function entrySeenBy(id: string, user: TokenUser) {
  const { status, json } = await api("GET", `/api/v1/entries/${id}`, { token: user.token });
  return { status, entry: json as { state?: string; title?: string; version?: number } };
}

const entryRow = (id: string) => prisma.entry.findUniqueOrThrow({ where: { id }, select: { state: true, deletedAt: true, title: true, reviewNote: true } });
const actorRow = (id: string) => prisma.actor.findUniqueOrThrow({ where: { id }, select: { name: true, mergedIntoId: true, deletedAt: true } });
const sourceRow = (id: string) => prisma.source.findUniqueOrThrow({ where: { id }, select: { title: true, reliability: true, deletedAt: true } });

async function newActor(user: TokenUser) {
  return step({ method: "POST", path: "/api/v1/actors", body: { name: `Matrix Railway Authority ${unique()}`, kind: "organisation", country: "IR" } }, user);
}
async function newSource(user: TokenUser) {
  return step({ method: "POST", path: "/api/v1/sources", body: { title: `Matrix rail report ${unique()}`, url: "https://example.org/matrix" } }, user);
}

const WRITES: Write[] = [
  {
    name: "entry.create", route: "POST /api/v1/entries", role: "analyst",
    call: async () => ({ method: "POST", path: "/api/v1/entries", body: { kind: "event", title: `Rail link talks logged by the matrix ${unique()}`, allowDuplicate: true } }),
    effect: async (answer, call, user) => {
      expect(answer.status).toBe(201);
      // The new draft is its author's: they can read it back, and it is not on the public record.
      const mine = await entrySeenBy(answer.json.data.id, user);
      expect(mine.status).toBe(200);
      expect(mine.entry).toMatchObject({ state: "draft", title: (call.body as { title: string }).title });
      expect((await api("GET", `/api/v1/entries/${answer.json.data.id}`)).status).toBe(404);
    },
  },
  {
    name: "entry.update", route: "PATCH /api/v1/entries/[id]", role: "analyst",
    call: async (user) => {
      const e = await draftOf(user);
      return { method: "PATCH", path: `/api/v1/entries/${e.id}`, body: { version: e.version, reason: "matrix", title: "Rail link talks, retitled by the matrix" } };
    },
    effect: async (answer, _call, user) => {
      expect(answer.status).toBe(200);
      expect((await entrySeenBy(answer.json.data.id, user)).entry).toMatchObject({ title: "Rail link talks, retitled by the matrix", version: 2 });
    },
  },
  {
    name: "entry.delete", route: "DELETE /api/v1/entries/[id]", role: "editor",
    call: async (user) => {
      const e = await draftOf(user);
      const published = await step({ method: "POST", path: `/api/v1/entries/${e.id}/publish`, body: { version: e.version, reason: "setup" } }, user);
      return { method: "DELETE", path: `/api/v1/entries/${published.id}`, body: { version: published.version, reason: "matrix: a duplicate" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      // Gone from the public record, kept in the database with its history.
      expect((await api("GET", `/api/v1/entries/${answer.json.data.id}`)).status).toBe(404);
      expect((await entryRow(answer.json.data.id)).deletedAt).not.toBeNull();
    },
  },
  {
    name: "entry.submit", route: "POST /api/v1/entries/[id]/[action]", role: "analyst",
    call: async (user) => {
      const e = await draftOf(user);
      return { method: "POST", path: `/api/v1/entries/${e.id}/submit`, body: { version: e.version } };
    },
    effect: async (answer, _call, user) => {
      expect(answer.status).toBe(200);
      expect((await entrySeenBy(answer.json.data.id, user)).entry.state).toBe("in_review");
    },
  },
  {
    name: "entry.withdraw", route: "POST /api/v1/entries/[id]/[action]", role: "analyst",
    call: async (user) => {
      const e = await submitted(user);
      return { method: "POST", path: `/api/v1/entries/${e.id}/withdraw`, body: { version: e.version } };
    },
    effect: async (answer, _call, user) => {
      expect(answer.status).toBe(200);
      expect((await entrySeenBy(answer.json.data.id, user)).entry.state).toBe("draft");
    },
  },
  {
    name: "entry.publish", route: "POST /api/v1/entries/[id]/[action]", role: "editor",
    call: async (user) => {
      const e = await submitted(user);
      return { method: "POST", path: `/api/v1/entries/${e.id}/publish`, body: { version: e.version, reason: "Checked against the source" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      // Now anyone can read it, without a token.
      const seen = await api("GET", `/api/v1/entries/${answer.json.data.id}`);
      expect(seen.status).toBe(200);
      expect(seen.json.id).toBe(answer.json.data.id);
      expect((await entryRow(answer.json.data.id)).state).toBe("published");
    },
  },
  {
    name: "entry.return", route: "POST /api/v1/entries/[id]/[action]", role: "editor",
    call: async (user) => {
      const e = await submitted(user);
      return { method: "POST", path: `/api/v1/entries/${e.id}/return`, body: { version: e.version, reason: "Name the second source" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect(await entryRow(answer.json.data.id)).toMatchObject({ state: "draft", reviewNote: "Name the second source" });
    },
  },
  {
    name: "entry.restore", route: "POST /api/v1/entries/[id]/[action]", role: "editor",
    call: async (user) => {
      const e = await draftOf(user);
      const deleted = await step({ method: "DELETE", path: `/api/v1/entries/${e.id}`, body: { version: e.version, reason: "setup" } }, user);
      return { method: "POST", path: `/api/v1/entries/${deleted.id}/restore`, body: { version: deleted.version, reason: "matrix: deleted by mistake" } };
    },
    effect: async (answer, _call, user) => {
      expect(answer.status).toBe(200);
      expect((await entryRow(answer.json.data.id)).deletedAt).toBeNull();
      expect((await entrySeenBy(answer.json.data.id, user)).status).toBe(200);
    },
  },
  {
    name: "entry.revert", route: "POST /api/v1/entries/[id]/[action]", role: "editor",
    call: async (user) => {
      const e = await draftOf(user, "Rail link talks as first logged");
      const changed = await step({ method: "PATCH", path: `/api/v1/entries/${e.id}`, body: { version: e.version, reason: "setup", title: "Rail link talks, wrongly retitled" } }, user);
      return { method: "POST", path: `/api/v1/entries/${changed.id}/revert`, body: { version: changed.version, reason: "matrix: undo", toVersion: 1 } };
    },
    effect: async (answer, _call, user) => {
      expect(answer.status).toBe(200);
      expect((await entrySeenBy(answer.json.data.id, user)).entry).toMatchObject({ title: "Rail link talks as first logged", version: 3 });
    },
  },
  {
    name: "actor.create", route: "POST /api/v1/actors", role: "analyst",
    call: async () => ({ method: "POST", path: "/api/v1/actors", body: { name: `Iranian Railways Matrix ${unique()}`, kind: "organisation", country: "IR" } }),
    effect: async (answer, call) => {
      expect(answer.status).toBe(201);
      const name = (call.body as { name: string }).name;
      // Found by the suggestions readers use.
      const suggestions = await api("GET", `/api/v1/actors?q=${encodeURIComponent(name)}`);
      expect((suggestions.json.data as { name: string }[]).map((a) => a.name)).toContain(name);
    },
  },
  {
    name: "actor.update", route: "PATCH /api/v1/actors/[id]", role: "editor",
    call: async (user) => {
      const a = await newActor(user);
      return { method: "PATCH", path: `/api/v1/actors/${a.id}`, body: { version: a.version, name: "Renamed Railway Authority", reason: "matrix" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect((await actorRow(answer.json.data.id)).name).toBe("Renamed Railway Authority");
    },
  },
  {
    name: "actor.delete", route: "DELETE /api/v1/actors/[id]", role: "editor",
    call: async (user) => {
      const a = await newActor(user);
      return { method: "DELETE", path: `/api/v1/actors/${a.id}`, body: { version: a.version, reason: "matrix: made by mistake" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect((await actorRow(answer.json.data.id)).deletedAt).not.toBeNull();
    },
  },
  {
    name: "actor.merge", route: "POST /api/v1/actors/[id]/merge", role: "editor",
    call: async (user) => {
      const [from, into] = [await newActor(user), await newActor(user)];
      return { method: "POST", path: `/api/v1/actors/${from.id}/merge`, body: { intoId: into.id, reason: "matrix: the same authority" } };
    },
    effect: async (answer, call) => {
      expect(answer.status).toBe(200);
      const fromId = call.path.split("/")[4];
      expect((await actorRow(fromId)).mergedIntoId).toBe((call.body as { intoId: string }).intoId);
    },
  },
  {
    name: "actor.unmerge", route: "POST /api/v1/actors/[id]/unmerge", role: "editor",
    call: async (user) => {
      const [from, into] = [await newActor(user), await newActor(user)];
      await step({ method: "POST", path: `/api/v1/actors/${from.id}/merge`, body: { intoId: into.id, reason: "setup" } }, user);
      return { method: "POST", path: `/api/v1/actors/${from.id}/unmerge`, body: { reason: "matrix: they were two" } };
    },
    effect: async (answer, call) => {
      expect(answer.status).toBe(200);
      expect((await actorRow(call.path.split("/")[4])).mergedIntoId).toBeNull();
    },
  },
  {
    name: "actor.restore", route: "POST /api/v1/actors/[id]/restore", role: "editor",
    call: async (user) => {
      const a = await newActor(user);
      const deleted = await step({ method: "DELETE", path: `/api/v1/actors/${a.id}`, body: { version: a.version, reason: "setup" } }, user);
      return { method: "POST", path: `/api/v1/actors/${a.id}/restore`, body: { version: deleted.version, reason: "matrix: deleted by mistake" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect((await actorRow(answer.json.data.id)).deletedAt).toBeNull();
    },
  },
  {
    name: "source.create", route: "POST /api/v1/sources", role: "analyst",
    call: async () => ({ method: "POST", path: "/api/v1/sources", body: { title: `Rail report for the matrix ${unique()}`, url: "https://example.org/rail" } }),
    effect: async (answer, call) => {
      expect(answer.status).toBe(201);
      expect((await sourceRow(answer.json.data.id)).title).toBe((call.body as { title: string }).title);
    },
  },
  {
    name: "source.update", route: "PATCH /api/v1/sources/[id]", role: "editor",
    call: async (user) => {
      const s = await newSource(user);
      return { method: "PATCH", path: `/api/v1/sources/${s.id}`, body: { version: s.version, reliability: "B" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect((await sourceRow(answer.json.data.id)).reliability).toBe("B");
    },
  },
  {
    name: "source.delete", route: "DELETE /api/v1/sources/[id]", role: "editor",
    call: async (user) => {
      const s = await newSource(user);
      return { method: "DELETE", path: `/api/v1/sources/${s.id}`, body: { version: s.version, reason: "matrix: a duplicate" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect((await sourceRow(answer.json.data.id)).deletedAt).not.toBeNull();
    },
  },
  {
    name: "source.restore", route: "POST /api/v1/sources/[id]/restore", role: "editor",
    call: async (user) => {
      const s = await newSource(user);
      const deleted = await step({ method: "DELETE", path: `/api/v1/sources/${s.id}`, body: { version: s.version, reason: "setup" } }, user);
      return { method: "POST", path: `/api/v1/sources/${s.id}/restore`, body: { version: deleted.version, reason: "matrix: deleted by mistake" } };
    },
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect((await sourceRow(answer.json.data.id)).deletedAt).toBeNull();
    },
  },
  {
    name: "import.run", route: "POST /api/v1/imports", role: "editor",
    call: async () => ({
      method: "POST",
      path: "/api/v1/imports?dryRun=false&name=matrix.csv",
      headers: { "content-type": "text/csv" },
      body: `kind,title,summary,sectors,source_title\nevent,Rail freight imported by the matrix ${unique()},A matrix import.,transport,Matrix import source\n`,
    }),
    effect: async (answer, call) => {
      expect(answer.status).toBe(201);
      const title = /event,([^,]+),/.exec(call.body as string)![1];
      expect((await entryRow(answer.json.data.created[0].id)).title).toBe(title);
    },
  },
  {
    name: "extract", route: "POST /api/v1/extract", role: "analyst",
    call: async () => ({
      method: "POST",
      path: "/api/v1/extract",
      body: { text: "Russian Energy Minister Sergei Tsivilev visited Tehran on Monday for talks on gas supplies.", publishedAt: "2026-02-20" },
    }),
    effect: async (answer) => {
      // Proposals only: the caller sees them, and the record is as it was (checked by the caller of effect).
      expect(answer.status).toBe(200);
      expect((answer.json.data.proposals as { places: string[] }[])[0].places).toEqual(["Tehran"]);
    },
  },
  {
    name: "backup.export", route: "GET /api/v1/backup", role: "admin",
    call: async () => ({ method: "GET", path: "/api/v1/backup" }),
    effect: async (answer) => {
      expect(answer.status).toBe(200);
      expect(answer.headers.get("content-disposition")).toMatch(/attachment; filename="iran-russia-record-backup-/);
      const titles = (answer.json.tables.Entry as { title: string }[]).map((e) => e.title);
      expect(titles).toContain("Iran is included in the BRICS bloc");
    },
  },
];

/** Writes that change nothing in the record: proposals from an article, and the backup download. */
const READS_ONLY = new Set(["extract", "backup.export"]);

/** What a refused request must not have touched: the record, its history, accounts, tokens and sessions. */
async function state() {
  const [entries, actors, names, sources, revisions, merges, users, tokens, sessions, okEvents] = await Promise.all([
    prisma.entry.findMany({ select: { id: true, version: true, title: true, state: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.actor.findMany({ select: { id: true, name: true, mergedIntoId: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.actorName.count(),
    prisma.source.findMany({ select: { id: true, title: true, reliability: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.revision.count(),
    prisma.actorMerge.findMany({ select: { id: true, undoneAt: true }, orderBy: { id: "asc" } }),
    prisma.user.findMany({ select: { email: true, role: true, disabledAt: true }, orderBy: { email: "asc" } }),
    prisma.apiToken.findMany({ select: { id: true, userId: true, revokedAt: true }, orderBy: { id: "asc" } }),
    prisma.session.findMany({ select: { id: true, userId: true, expiresAt: true }, orderBy: { id: "asc" } }),
    prisma.auditEvent.count({ where: { outcome: "ok" } }),
  ]);
  return { entries, actors, names, sources, revisions, merges, users, tokens, sessions, okEvents };
}

beforeAll(async () => {
  await seedDatabase(prisma);
  users = { analyst: await tokenUser("analyst"), editor: await tokenUser("editor"), admin: await tokenUser("admin") };
});

describe("every token write checks the role first, and does its work for those who have it", () => {
  for (const w of WRITES) {
    for (const who of CALLERS) {
      const allowed = who !== "reader" && hasRole(who, w.role);
      // The user the request is set up for: the caller when allowed, else someone with the role it needs.
      const owner = () => users[allowed ? who : w.role];

      if (!allowed) {
        it(`${w.name} (${w.route}): refused to ${who === "reader" ? "a reader without a token" : `an ${who}'s token`}, changing nothing`, async () => {
          const call = await w.call(owner());
          const before = await state();
          const denied = () => prisma.auditEvent.count({ where: { action: w.name, outcome: "denied" } });
          const deniedBefore = await denied();
          const token = who === "reader" ? null : users[who].token;
          const refused = await api(call.method, call.path, { token, body: call.body, headers: call.headers });
          if (who === "reader") {
            expect(refused.status).toBe(401);
            expect(refused.json.error?.message).toMatch(/Authorization: Bearer/);
            expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer/);
          } else {
            expect(refused.status).toBe(403);
            expect(refused.json.error?.message).toMatch(new RegExp(`you are signed in as ${who}`));
            // Even with the version left out, the answer is about the role, not the version.
            if (call.body && typeof call.body === "object" && "version" in call.body) {
              const { version: _version, ...withoutVersion } = call.body as Record<string, unknown>;
              const again = await api(call.method, call.path, { token, body: withoutVersion, headers: call.headers });
              expect(again.status, "without a version").toBe(403);
            }
          }
          expect(await state()).toEqual(before);
          expect(await denied()).toBeGreaterThan(deniedBefore);
        });
      } else {
        it(`${w.name} (${w.route}): done for an ${who}'s token`, async () => {
          const user = owner();
          const call = await w.call(user);
          const before = await state();
          const answer = await api(call.method, call.path, { token: user.token, body: call.body, headers: call.headers });
          expect(answer.status, JSON.stringify(answer.json)).toBeLessThan(300);
          await w.effect(answer, call, user);
          const after = await state();
          if (READS_ONLY.has(w.name)) {
            expect({ ...after, okEvents: 0 }).toEqual({ ...before, okEvents: 0 });
          } else {
            // Audited, in the name of the token's owner.
            const audited = await prisma.auditEvent.findFirst({ where: { action: w.name, outcome: "ok", userId: user.caller.userId }, orderBy: { id: "desc" } });
            expect(audited?.via).toBe("token");
          }
        });
      }
    }
  }
});

describe("the matrix covers the whole write API", () => {
  /** Every route handler under app/api/v1 that writes, or needs a token to read (the backup). */
  function tokenRoutes(): string[] {
    const root = path.resolve("app/api/v1");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts") found.push(full);
      }
    };
    walk(root);
    return found;
  }

  it("has a row for each write route and each editorial step", async () => {
    const routes: string[] = [];
    for (const file of tokenRoutes()) {
      const mod = (await import(file)) as Record<string, unknown>;
      const url = "/api/v1" + path.dirname(path.relative(path.resolve("app/api/v1"), file)).replace(/^\.$/, "").replace(/^(?=.)/, "/");
      for (const method of ["POST", "PATCH", "DELETE", "PUT"]) if (mod[method]) routes.push(`${method} ${url}`);
    }
    routes.push("GET /api/v1/backup");
    expect([...new Set(WRITES.map((w) => w.route))].sort()).toEqual(routes.sort());
    const steps = WRITES.filter((w) => w.route === "POST /api/v1/entries/[id]/[action]").map((w) => w.name.replace("entry.", ""));
    expect(steps.sort()).toEqual([...entryAction.options].sort());
  });

  it("answers an unknown editorial step with the steps there are, for any token, and 401 without one", async () => {
    const e = await draftOf(users.analyst);
    expect((await api("POST", `/api/v1/entries/${e.id}/approve`, { body: { version: e.version } })).status).toBe(401);
    for (const role of ROLES) {
      const answer = await api("POST", `/api/v1/entries/${e.id}/approve`, { token: users[role].token, body: { version: e.version } });
      expect(answer.status, role).toBe(400);
      expect(answer.json.error?.issues?.[0]?.message ?? answer.json.error?.message, role).toMatch(/submit, withdraw, publish, return, restore or revert/);
    }
    expect((await entryRow(e.id)).state).toBe("draft");
  });

  it("keeps an analyst's token to the analyst's own entries", async () => {
    const others = await draftOf(users.editor);
    for (const [method, suffix, body] of [
      ["PATCH", "", { version: others.version, reason: "x", title: "Hijacked by an analyst" }],
      ["POST", "/submit", { version: others.version }],
    ] as const) {
      const answer = await api(method, `/api/v1/entries/${others.id}${suffix}`, { token: users.analyst.token, body });
      expect(answer.status, `${method} ${suffix}`).toBe(403);
      expect(answer.json.error?.message).toMatch(/only the entries they logged/);
    }
    const submittedByEditor = await submitted(users.editor);
    const withdraw = await api("POST", `/api/v1/entries/${submittedByEditor.id}/withdraw`, { token: users.analyst.token, body: { version: submittedByEditor.version } });
    expect(withdraw.status).toBe(403);
    expect(await entryRow(others.id)).toMatchObject({ state: "draft", title: others.title });
    expect((await entryRow(submittedByEditor.id)).state).toBe("in_review");
  });
});
