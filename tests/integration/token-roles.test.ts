// The write API's role matrix, like the pages' (editor-roles.test.ts): every token-authenticated
// write refused, changing nothing, for anonymous callers and for every role below the one it needs,
// with the refusal about the role (403) whatever the request lacks; and let through for the role it
// needs, where the change really happens. The state compared includes tokens and sessions.
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, hasRole, type Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { api, tokenUser, type TokenUser } from "../support/write-api";

type Method = "POST" | "PATCH" | "DELETE" | "GET";
/** One write: its least role, a request that would succeed for that role, and what must have changed then. */
type Write = { name: string; role: Role; request: () => Promise<{ method: Method; path: string; body?: unknown; headers?: Record<string, string> }>; changed: (json: Record<string, any>) => Promise<void> };

let users: Record<Role, TokenUser>;
const unique = () => Math.random().toString(36).slice(2, 8);

async function freshDraft(owner: TokenUser, fields: Record<string, unknown> = {}) {
  const source = await prisma.source.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
  const { json, status } = await api("POST", "/api/v1/entries", {
    token: owner.token,
    body: { kind: "event", title: `A matrix entry ${unique()}`, summary: "For the matrix.", date: { start: "2026", end: null }, sectors: ["trade"], places: [], actors: [], citations: [{ sourceId: source.id, quote: null, credibility: null }], agreement: null, statement: null, ...fields },
  });
  expect(status, JSON.stringify(json)).toBe(201);
  return json.data as { id: string; version: number; slug: string };
}
const entryState = (id: string) => prisma.entry.findUniqueOrThrow({ where: { id }, select: { state: true, deletedAt: true, title: true, version: true } });
async function freshActor() {
  return prisma.actor.create({ data: { slug: `matrix-${unique()}`, name: `Matrix Actor ${unique()}`, kind: "person", names: { create: { name: `Matrix Actor ${unique()}` } } } });
}
const version = (row: { updatedAt: Date }) => row.updatedAt.getTime();
async function freshSource() {
  return prisma.source.create({ data: { title: `Matrix source ${unique()}` } });
}

const WRITES: Write[] = [
  {
    name: "entry.create", role: "analyst",
    request: async () => ({ method: "POST", path: "/api/v1/entries", body: { kind: "event", title: `Created by the matrix ${unique()}` } }),
    changed: async (json) => expect((await entryState(json.data.id)).state).toBe("draft"),
  },
  {
    name: "entry.update", role: "analyst",
    request: async () => {
      const e = await freshDraft(users.analyst);
      return { method: "PATCH", path: `/api/v1/entries/${e.id}`, body: { version: e.version, reason: "matrix", title: "Retitled by the matrix" } };
    },
    changed: async (json) => expect((await entryState(json.data.id)).title).toBe("Retitled by the matrix"),
  },
  {
    name: "entry.submit", role: "analyst",
    request: async () => {
      const e = await freshDraft(users.analyst);
      return { method: "POST", path: `/api/v1/entries/${e.id}/submit`, body: { version: e.version } };
    },
    changed: async (json) => expect((await entryState(json.data.id)).state).toBe("in_review"),
  },
  ...(["publish", "return", "delete", "restore", "revert"] as const).map((action): Write => ({
    name: `entry.${action}`, role: "editor",
    request: async () => {
      let e = await freshDraft(users.editor);
      if (action === "return") e = (await api("POST", `/api/v1/entries/${e.id}/publish`, { token: users.editor.token, body: { version: e.version, reason: "setup" } })).json.data;
      if (action === "restore") e = (await api("DELETE", `/api/v1/entries/${e.id}`, { token: users.editor.token, body: { version: e.version, reason: "setup" } })).json.data;
      if (action === "revert") e = (await api("PATCH", `/api/v1/entries/${e.id}`, { token: users.editor.token, body: { version: e.version, reason: "setup", title: "Changed before a revert" } })).json.data;
      const body = { version: e.version, reason: "matrix", ...(action === "revert" ? { toVersion: 1 } : {}) };
      return action === "delete" ? { method: "DELETE", path: `/api/v1/entries/${e.id}`, body } : { method: "POST", path: `/api/v1/entries/${e.id}/${action}`, body };
    },
    changed: async (json) => {
      const s = await entryState(json.data.id);
      if (action === "publish") expect(s.state).toBe("published");
      if (action === "return") expect(s.state).toBe("draft");
      if (action === "delete") expect(s.deletedAt).not.toBeNull();
      if (action === "restore") expect(s.deletedAt).toBeNull();
      if (action === "revert") expect(s.title).toMatch(/^A matrix entry/);
    },
  })),
  {
    name: "actor.create", role: "analyst",
    request: async () => ({ method: "POST", path: "/api/v1/actors", body: { name: `Matrix Newcomer ${unique()}`, kind: "person", country: "IR" } }),
    changed: async (json) => expect(await prisma.actor.findUnique({ where: { id: json.data.id } })).not.toBeNull(),
  },
  {
    name: "actor.update", role: "editor",
    request: async () => {
      const a = await freshActor();
      return { method: "PATCH", path: `/api/v1/actors/${a.id}`, body: { version: version(a), name: "Renamed by the matrix", reason: "matrix" } };
    },
    changed: async (json) => expect((await prisma.actor.findUniqueOrThrow({ where: { id: json.data.id } })).name).toBe("Renamed by the matrix"),
  },
  {
    name: "actor.merge", role: "editor",
    request: async () => {
      const [from, into] = [await freshActor(), await freshActor()];
      return { method: "POST", path: `/api/v1/actors/${from.id}/merge`, body: { intoId: into.id, reason: "matrix" } };
    },
    changed: async () => expect(await prisma.actorMerge.count({ where: { reason: "matrix", undoneAt: null } })).toBeGreaterThan(0),
  },
  {
    name: "actor.unmerge", role: "editor",
    request: async () => {
      const [from, into] = [await freshActor(), await freshActor()];
      const merged = await api("POST", `/api/v1/actors/${from.id}/merge`, { token: users.editor.token, body: { intoId: into.id, reason: "setup" } });
      expect(merged.status, JSON.stringify(merged.json)).toBe(200);
      return { method: "POST", path: `/api/v1/actors/${from.id}/unmerge`, body: { reason: "matrix" } };
    },
    changed: async () => expect(await prisma.actorMerge.count({ where: { reason: "setup", undoneAt: { not: null } } })).toBeGreaterThan(0),
  },
  {
    name: "actor.delete", role: "editor",
    request: async () => {
      const a = await freshActor();
      return { method: "DELETE", path: `/api/v1/actors/${a.id}`, body: { version: version(a), reason: "matrix" } };
    },
    changed: async (json) => expect((await prisma.actor.findUniqueOrThrow({ where: { id: json.data.id } })).deletedAt).not.toBeNull(),
  },
  {
    name: "actor.restore", role: "editor",
    request: async () => {
      const a = await prisma.actor.update({ where: { id: (await freshActor()).id }, data: { deletedAt: new Date() } });
      return { method: "POST", path: `/api/v1/actors/${a.id}/restore`, body: { version: version(a), reason: "matrix" } };
    },
    changed: async (json) => expect((await prisma.actor.findUniqueOrThrow({ where: { id: json.data.id } })).deletedAt).toBeNull(),
  },
  {
    name: "source.create", role: "analyst",
    request: async () => ({ method: "POST", path: "/api/v1/sources", body: { title: `A matrix source ${unique()}`, url: "https://example.org/matrix" } }),
    changed: async (json) => expect(await prisma.source.findUnique({ where: { id: json.data.id } })).not.toBeNull(),
  },
  {
    name: "source.update", role: "editor",
    request: async () => {
      const s = await freshSource();
      return { method: "PATCH", path: `/api/v1/sources/${s.id}`, body: { version: version(s), reliability: "B" } };
    },
    changed: async (json) => expect((await prisma.source.findUniqueOrThrow({ where: { id: json.data.id } })).reliability).toBe("B"),
  },
  {
    name: "source.delete", role: "editor",
    request: async () => {
      const s = await freshSource();
      return { method: "DELETE", path: `/api/v1/sources/${s.id}`, body: { version: version(s), reason: "matrix" } };
    },
    changed: async (json) => expect((await prisma.source.findUniqueOrThrow({ where: { id: json.data.id } })).deletedAt).not.toBeNull(),
  },
  {
    name: "source.restore", role: "editor",
    request: async () => {
      const s = await prisma.source.update({ where: { id: (await freshSource()).id }, data: { deletedAt: new Date() } });
      return { method: "POST", path: `/api/v1/sources/${s.id}/restore`, body: { version: version(s), reason: "matrix" } };
    },
    changed: async (json) => expect((await prisma.source.findUniqueOrThrow({ where: { id: json.data.id } })).deletedAt).toBeNull(),
  },
  {
    name: "import.run", role: "editor",
    request: async () => ({
      method: "POST",
      path: "/api/v1/imports?dryRun=false&name=matrix.csv",
      headers: { "content-type": "text/csv" },
      body: `kind,title,summary,sectors,source_title\nevent,Imported by the matrix ${unique()},A matrix import.,trade,Matrix import source\n`,
    }),
    changed: async (json) => expect(await prisma.entry.findUnique({ where: { id: json.data.created[0].id } })).not.toBeNull(),
  },
];

/** What a refused request must not have touched: records, history, accounts, tokens and sessions. */
async function state() {
  const [entries, actors, sources, revisions, merges, users, tokens, sessions] = await Promise.all([
    prisma.entry.findMany({ select: { id: true, version: true, title: true, state: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.actor.findMany({ select: { id: true, name: true, mergedIntoId: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.source.findMany({ select: { id: true, reliability: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.revision.count(),
    prisma.actorMerge.findMany({ select: { id: true, undoneAt: true }, orderBy: { id: "asc" } }),
    prisma.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } }),
    prisma.apiToken.findMany({ select: { id: true, revokedAt: true, userId: true }, orderBy: { id: "asc" } }),
    prisma.session.findMany({ select: { id: true, userId: true, expiresAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { entries, actors, sources, revisions, merges, users, tokens, sessions };
}

beforeAll(async () => {
  await seedDatabase(prisma);
  users = { analyst: await tokenUser("analyst"), editor: await tokenUser("editor"), admin: await tokenUser("admin") };
});

describe("every token write checks the role first", () => {
  for (const w of WRITES) {
    it(`${w.name}: refused below ${w.role}, even without a version, and for anonymous callers`, async () => {
      const request = await w.request();
      const before = await state();
      const anonymous = await api(request.method, request.path, { body: request.body, headers: request.headers });
      expect(anonymous.status, "anonymous").toBe(401);
      for (const role of ROLES.filter((r) => !hasRole(r, w.role))) {
        const refused = await api(request.method, request.path, { token: users[role].token, body: request.body, headers: request.headers });
        expect(refused.status, role).toBe(403);
        expect(refused.json.error?.message, role).toMatch(new RegExp(`you are signed in as ${role}`));
        // Even with the version left out, the answer is about the role, not the version.
        if (request.body && typeof request.body === "object" && "version" in request.body) {
          const { version: _v, ...withoutVersion } = request.body as Record<string, unknown>;
          expect((await api(request.method, request.path, { token: users[role].token, body: withoutVersion })).status, `${role} without version`).toBe(403);
        }
      }
      expect(await state()).toEqual(before);
    });

    it(`${w.name}: done for ${w.role}`, async () => {
      const request = await w.request();
      const before = await state();
      const owner = w.role === "analyst" && w.name !== "entry.create" && w.name.startsWith("entry.") ? users.analyst : users[w.role];
      const res = await api(request.method, request.path, { token: owner.token, body: request.body, headers: request.headers });
      expect([200, 201], `${w.name}: ${JSON.stringify(res.json)}`).toContain(res.status);
      await w.changed(res.json);
      expect(await state()).not.toEqual(before);
    });
  }

  it("covers every token write", () => {
    expect(WRITES.map((w) => w.name).sort()).toEqual(
      ["entry.create", "entry.update", "entry.submit", "entry.publish", "entry.return", "entry.delete", "entry.restore", "entry.revert", "actor.create", "actor.update", "actor.merge", "actor.unmerge", "actor.delete", "actor.restore", "source.create", "source.update", "source.delete", "source.restore", "import.run"].sort(),
    );
  });
});
