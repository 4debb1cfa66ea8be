// The role-by-mutation matrix: every mutation, over POST /api/editor/<name>, refused for every
// role that lacks it, for anonymous callers, and for cross-site requests whatever the role, changing
// nothing (records, accounts, API tokens and sessions); and done for every role that has it, with
// the effect a user would see. The token API has its own matrix: token-role-matrix.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { MUTATIONS } from "@/lib/actions/mutations";
import { ROLES, hasRole, type Role } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { NextRequest } from "next/server";
import { GET as findActors } from "@/app/api/editor/find/actors/route";
import { GET as findSources } from "@/app/api/editor/find/sources/route";
import { GET as findSimilar } from "@/app/api/editor/find/similar/route";
import { POST as extractArticle } from "@/app/api/editor/extract/route";
import { account, eventInput, PASSWORD, post, seedRefs, SITE, type Account } from "../support/editor";
import { getEntryById } from "../support/api";
import { api } from "../support/write-api";

let accounts: Record<Role, Account>;
let refs: Awaited<ReturnType<typeof seedRefs>>;
let bystander: Account;

/** A valid-looking body for each mutation, so a refusal is about the role and not the input. */
async function bodyFor(name: string): Promise<unknown> {
  const entry = await prisma.entry.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { slug: "asc" } });
  const place = await prisma.place.findUniqueOrThrow({ where: { slug: "caspian-sea" } });
  const actors = refs.actors;
  const decision = { id: entry.id, version: entry.version, reason: "matrix test" };
  const synonymSet = await prisma.synonymSet.findFirstOrThrow({ orderBy: { id: "asc" } });
  const actorVersion = await versionOf("actor", actors[0].id);
  const sourceVersion = await versionOf("source", refs.sources[0].id);
  const bodies: Record<string, unknown> = {
    "account.sign-in": { email: "nobody@example.org", password: "wrong password" },
    "account.sign-out": {},
    "account.password": { currentPassword: "x", newPassword: "a new long password" },
    "user.create": { email: "new@example.org", name: "New", role: "analyst", password: "a long enough password" },
    "user.role": { email: bystander.email, role: "editor" },
    "entry.create": eventInput(refs),
    "entry.update": { ...decision, title: "Changed by the matrix" },
    "entry.submit": decision,
    "entry.withdraw": decision,
    "entry.publish": decision,
    "entry.return": decision,
    "entry.delete": decision,
    "entry.restore": decision,
    "entry.revert": { ...decision, toVersion: 1 },
    "actor.create": { name: "Matrix Person", kind: "person", country: "IR", titles: [], aliases: [] },
    "actor.update": { id: actors[0].id, version: actorVersion, name: "Renamed by the matrix", reason: "matrix test" },
    "actor.merge": { fromId: actors[1].id, intoId: actors[2].id, reason: "matrix test" },
    "actor.unmerge": { mergeId: "no-such-merge", reason: "matrix test" },
    "actor.delete": { id: actors[0].id, version: actorVersion, reason: "matrix test" },
    "actor.restore": { id: actors[0].id, version: actorVersion, reason: "matrix test" },
    "place.create": { name: "Matrix Port", kind: "site", country: "IR", geonameId: null, latitude: 27.1, longitude: 56.2, spellings: [] },
    "place.update": { id: place.id, version: place.version, reason: "matrix test", name: "Caspian Sea", kind: "sea", country: null, geonameId: null, latitude: 42, longitude: 51, spellings: [] },
    "source.create": { title: "Matrix source", publisher: null, url: null, publishedAt: null, reliability: null },
    "source.update": { id: refs.sources[0].id, version: sourceVersion, reliability: "A" },
    "source.delete": { id: refs.sources[0].id, version: sourceVersion, reason: "matrix test" },
    "source.restore": { id: refs.sources[0].id, version: sourceVersion, reason: "matrix test" },
    "synonym.create": { terms: ["matrix", "role matrix"] },
    "synonym.update": { id: synonymSet.id, version: synonymSet.version, terms: ["matrix", "changed by the matrix"] },
    "synonym.delete": { id: synonymSet.id, version: synonymSet.version },
    "synonym.restore": { id: synonymSet.id },
    "extract.accept": {
      source: { id: null, title: "Matrix article", publisher: null, url: null, publishedAt: null },
      proposal: {
        kind: "event", title: "Matrix event", summary: "A matrix event.", date: { start: null, end: null }, sectors: ["trade"], places: [], passage: "A matrix event.",
        actors: [{ name: "Matrix Newcomer", role: "participant", kind: "person", country: null, title: null, matchId: null, create: true }], agreement: null, statement: null,
      },
    },
    "extract.add-step": { source: { id: refs.sources[0].id, title: "x", publisher: null, url: null, publishedAt: null }, entryId: entry.id, version: entry.version, step: { status: "ratified", date: "2025-04" }, passage: "" },
    "token.create": { name: "matrix token" },
    "token.revoke": { id: "no-such-token" },
  };
  if (!(name in bodies)) throw new Error(`no test body for ${name}: add one`);
  return bodies[name];
}

/** What a refused request must not have touched. */
async function state() {
  const [entries, actors, names, sources, users, revisions, merges, synonymSets, places, tokens, sessions] = await Promise.all([
    prisma.entry.findMany({ select: { id: true, version: true, title: true, state: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.actor.findMany({ select: { id: true, name: true, mergedIntoId: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.actorName.count(),
    prisma.source.findMany({ select: { id: true, reliability: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.user.findMany({ select: { email: true, role: true, accounts: { select: { password: true } } }, orderBy: { email: "asc" } }),
    prisma.revision.count(),
    prisma.actorMerge.count(),
    prisma.synonymSet.findMany({ select: { id: true, terms: true, version: true, deletedAt: true }, orderBy: { id: "asc" } }),
    prisma.place.findMany({ select: { id: true, name: true, latitude: true, version: true, _count: { select: { names: true } } }, orderBy: { id: "asc" } }),
    // A refused request must not mint or revoke a token, nor open or end a session.
    prisma.apiToken.findMany({ select: { id: true, userId: true, revokedAt: true }, orderBy: { id: "asc" } }),
    prisma.session.findMany({ select: { id: true, userId: true, expiresAt: true }, orderBy: { id: "asc" } }),
  ]);
  return { entries, actors, names, sources, users, revisions, merges, synonymSets, places, tokens, sessions };
}

beforeAll(async () => {
  await seedDatabase(prisma);
  refs = await seedRefs();
  bystander = await account("analyst");
  accounts = { analyst: await account("analyst"), editor: await account("editor"), admin: await account("admin") };
});

describe("every mutation checks the caller on the server", () => {
  it("lists each mutation with a least role", () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(23);
  });

  for (const m of MUTATIONS) {
    it(`${m.name}: refused without the ${m.role} role, for anonymous callers and cross-site`, async () => {
      const body = await bodyFor(m.name);
      const before = await state();
      const auditBefore = await prisma.auditEvent.count({ where: { action: m.name, outcome: "denied" } });
      let refusals = 0;

      if (m.role !== "anyone") {
        const anonymous = await post(m.name, body, { cookie: null });
        expect(anonymous.status, "anonymous").toBe(401);
        expect(anonymous.json.error?.message).toMatch(/sign in/i);
        refusals++;
        for (const role of ROLES.filter((r) => !hasRole(r, m.role as Role))) {
          const refused = await post(m.name, body, { cookie: accounts[role].cookie });
          expect(refused.status, role).toBe(403);
          expect(refused.json.error?.message).toMatch(/needs an? \w+'s account/);
          refusals++;
        }
      }
      // A page on another site, a request with no Origin, and a sandboxed frame ("null"), even
      // carrying an admin's cookie.
      for (const origin of ["https://evil.example", null, "null"]) {
        const crossSite = await post(m.name, body, { cookie: accounts.admin.cookie, origin });
        expect(crossSite.status, `origin ${origin}`).toBe(403);
        expect(crossSite.json.error?.message).toMatch(/did not come from a page of this site/);
        refusals++;
      }

      expect(await state()).toEqual(before);
      expect(await prisma.auditEvent.count({ where: { action: m.name, outcome: "denied" } })).toBe(auditBefore + refusals);
    });
  }

  it("keeps analysts to their own drafts", async () => {
    const mine = await post("entry.create", eventInput(refs, "An analyst's own draft about a rail link"), { cookie: accounts.analyst.cookie });
    expect(mine.status).toBe(200);
    const own = mine.json.data as { id: string; version: number; state: string };
    expect(own.state).toBe("draft");
    const edited = await post("entry.update", { id: own.id, version: own.version, title: "An analyst's own draft about the rail link", reason: "typo" }, { cookie: accounts.analyst.cookie });
    expect(edited.status).toBe(200);

    const published = await prisma.entry.findFirstOrThrow({ where: { state: "published", deletedAt: null } });
    const other = await post("entry.update", { id: published.id, version: published.version, title: "Hijacked", reason: "x" }, { cookie: accounts.analyst.cookie });
    expect(other.status).toBe(403);
    expect((await prisma.entry.findUniqueOrThrow({ where: { id: published.id } })).title).toBe(published.title);

    const submitted = await post("entry.submit", { id: own.id, version: own.version + 1 }, { cookie: accounts.analyst.cookie });
    expect(submitted.status).toBe(200);
    const afterSubmit = await post("entry.update", { id: own.id, version: own.version + 2, title: "Changed after submitting", reason: "x" }, { cookie: accounts.analyst.cookie });
    expect(afterSubmit.status).toBe(403);
    expect(afterSubmit.json.error?.message).toMatch(/with the editors/);

    // Withdrawing the submission makes it the analyst's draft again, audited, and editable.
    const otherAnalyst = await account("analyst");
    expect((await post("entry.withdraw", { id: own.id, version: own.version + 2 }, { cookie: otherAnalyst.cookie })).status).toBe(403);
    const withdrawn = await post("entry.withdraw", { id: own.id, version: own.version + 2 }, { cookie: accounts.analyst.cookie });
    expect(withdrawn.status).toBe(200);
    expect((withdrawn.json.data as { state: string }).state).toBe("draft");
    expect(await prisma.auditEvent.count({ where: { action: "entry.withdraw", outcome: "ok", targetId: own.id } })).toBe(1);
    expect(await prisma.revision.count({ where: { entryId: own.id, action: "withdraw" } })).toBe(1);
    const again = await post("entry.withdraw", { id: own.id, version: own.version + 3 }, { cookie: accounts.analyst.cookie });
    expect(again.status).toBe(422);
    const afterWithdraw = await post("entry.update", { id: own.id, version: own.version + 3, title: "Changed after withdrawing", reason: "x" }, { cookie: accounts.analyst.cookie });
    expect(afterWithdraw.status).toBe(200);
  });
});

/**
 * The other half of the matrix: each role that has a mutation gets it done, and the effect is the
 * one a user would notice (the entry's state, the actor in the suggestions, the session that works
 * or no longer does). Each case runs as a fresh account of the role, on records it sets up itself.
 */
type Done = {
  /** The request body, after setting up what the mutation acts on, as this account. */
  body: (a: Account) => Promise<Record<string, unknown>>;
  /** What the user sees once it is done. */
  effect: (data: any, body: Record<string, any>, a: Account) => Promise<void>; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const unique = () => Math.random().toString(36).slice(2, 8);
const ok = async (name: string, body: unknown, a: Account) => {
  const { status, json } = await post(name, body, { cookie: a.cookie });
  if (status !== 200) throw new Error(`setup: ${name} answered ${status} ${JSON.stringify(json)}`);
  return json.data as any; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const draftBy = (a: Account, title = `An oil swap logged for the matrix ${unique()}`) => ok("entry.create", eventInput(refs, title), a) as Promise<{ id: string; version: number }>;
const submittedBy = async (a: Account) => {
  const e = await draftBy(a);
  return ok("entry.submit", { id: e.id, version: e.version }, a) as Promise<{ id: string; version: number }>;
};
const actorBy = (a: Account) => ok("actor.create", { name: `Caspian Shipping Matrix ${unique()}`, kind: "organisation", country: "IR", titles: [], aliases: [] }, a) as Promise<{ id: string; name: string }>;
const sourceBy = (a: Account) => ok("source.create", { title: `Matrix shipping report ${unique()}`, publisher: null, url: "https://example.org/shipping", publishedAt: null, reliability: null }, a) as Promise<{ id: string }>;
/** The version an actor's or source's edit page sends: its last change time. */
const versionOf = async (table: "actor" | "source", id: string) =>
  (table === "actor" ? await prisma.actor.findUniqueOrThrow({ where: { id } }) : await prisma.source.findUniqueOrThrow({ where: { id } })).updatedAt.getTime();
const entryRow = (id: string) => prisma.entry.findUniqueOrThrow({ where: { id }, select: { state: true, title: true, deletedAt: true, reviewNote: true, createdById: true } });
const actorRow = (id: string) => prisma.actor.findUniqueOrThrow({ where: { id }, select: { name: true, mergedIntoId: true, deletedAt: true } });
const sourceRow = (id: string) => prisma.source.findUniqueOrThrow({ where: { id }, select: { title: true, reliability: true, deletedAt: true } });
const signIn = (email: string, password: string) => post("account.sign-in", { email, password }, { ip: `192.0.2.${1 + Math.floor(Math.random() * 250)}` });
/** Whether a session cookie still opens the account: listing one's tokens needs it. */
const signedIn = async (cookie: string) => (await post("token.create", { name: `probe ${unique()}` }, { cookie })).status === 200;

const DONE: Record<string, Done> = {
  "account.sign-out": {
    body: async () => ({}),
    effect: async (_d, _b, a) => expect(await signedIn(a.cookie)).toBe(false),
  },
  "account.password": {
    body: async () => ({ currentPassword: PASSWORD, newPassword: "a brand new long passphrase" }),
    effect: async (_d, _b, a) => {
      expect((await signIn(a.email, PASSWORD)).status).toBe(401);
      expect((await signIn(a.email, "a brand new long passphrase")).status).toBe(200);
    },
  },
  "user.create": {
    body: async () => ({ email: `newcomer-${unique()}@example.org`, name: "Newcomer", role: "editor", password: "a long enough password" }),
    effect: async (_d, b) => {
      const signed = await signIn(b.email, "a long enough password");
      expect(signed.status).toBe(200);
      expect(signed.json.data).toMatchObject({ name: "Newcomer", role: "editor" });
    },
  },
  "user.role": {
    body: async () => ({ email: (await account("analyst")).email, role: "editor" }),
    effect: async (_d, b) => expect((await prisma.user.findUniqueOrThrow({ where: { email: b.email } })).role).toBe("editor"),
  },
  "entry.create": {
    body: async () => eventInput(refs, `Oil ministers meet again ${unique()}`),
    effect: async (d, b, a) => expect(await entryRow(d.id)).toMatchObject({ state: "draft", title: b.title, createdById: a.caller.userId }),
  },
  "entry.update": {
    body: async (a) => {
      const e = await draftBy(a);
      return { id: e.id, version: e.version, title: "Oil ministers meet in Baku, retitled", reason: "matrix" };
    },
    effect: async (_d, b) => expect((await entryRow(b.id)).title).toBe("Oil ministers meet in Baku, retitled"),
  },
  "entry.submit": {
    body: async (a) => {
      const e = await draftBy(a);
      return { id: e.id, version: e.version };
    },
    effect: async (_d, b) => expect((await entryRow(b.id)).state).toBe("in_review"),
  },
  "entry.withdraw": {
    body: async (a) => {
      const e = await submittedBy(a);
      return { id: e.id, version: e.version };
    },
    effect: async (_d, b) => expect((await entryRow(b.id)).state).toBe("draft"),
  },
  "entry.publish": {
    body: async (a) => {
      const e = await submittedBy(a);
      return { id: e.id, version: e.version, reason: "Checked against the source" };
    },
    effect: async (_d, b) => {
      expect((await entryRow(b.id)).state).toBe("published");
      expect((await getEntryById(b.id)).status).toBe(200); // readers see it now
    },
  },
  "entry.return": {
    body: async (a) => {
      const e = await submittedBy(a);
      return { id: e.id, version: e.version, reason: "Cite the ministry's statement" };
    },
    effect: async (_d, b) => expect(await entryRow(b.id)).toMatchObject({ state: "draft", reviewNote: "Cite the ministry's statement" }),
  },
  "entry.delete": {
    body: async (a) => {
      const e = await submittedBy(a);
      const published = await ok("entry.publish", { id: e.id, version: e.version, reason: "setup" }, a);
      return { id: published.id, version: published.version, reason: "matrix: a duplicate" };
    },
    effect: async (_d, b) => {
      expect((await entryRow(b.id)).deletedAt).not.toBeNull();
      expect((await getEntryById(b.id)).status).toBe(404);
    },
  },
  "entry.restore": {
    body: async (a) => {
      const e = await draftBy(a);
      const deleted = await ok("entry.delete", { id: e.id, version: e.version, reason: "setup" }, a);
      return { id: deleted.id, version: deleted.version, reason: "matrix: deleted by mistake" };
    },
    effect: async (_d, b) => expect((await entryRow(b.id)).deletedAt).toBeNull(),
  },
  "entry.revert": {
    body: async (a) => {
      const e = await draftBy(a, "Oil swap as first logged");
      const changed = await ok("entry.update", { id: e.id, version: e.version, title: "Oil swap, wrongly retitled", reason: "setup" }, a);
      return { id: changed.id, version: changed.version, toVersion: 1, reason: "matrix: undo" };
    },
    effect: async (_d, b) => expect((await entryRow(b.id)).title).toBe("Oil swap as first logged"),
  },
  "actor.create": {
    body: async () => ({ name: `Caspian Ferry Line ${unique()}`, kind: "organisation", country: "IR", titles: [], aliases: [] }),
    effect: async (_d, b, a) => {
      // The form's actor picker finds it.
      const found = await findActors(new NextRequest(`${SITE}/api/editor/find/actors?q=${encodeURIComponent(b.name)}`, { headers: { cookie: a.cookie } }));
      expect(((await found.json()) as { data: { name: string }[] }).data.map((x) => x.name)).toContain(b.name);
    },
  },
  "actor.update": {
    body: async (a) => {
      const { id } = await actorBy(a);
      return { id, version: await versionOf("actor", id), name: "Caspian Shipping, renamed", reason: "matrix" };
    },
    effect: async (_d, b) => expect((await actorRow(b.id)).name).toBe("Caspian Shipping, renamed"),
  },
  "actor.merge": {
    body: async (a) => ({ fromId: (await actorBy(a)).id, intoId: (await actorBy(a)).id, reason: "matrix: the same company" }),
    effect: async (_d, b) => expect((await actorRow(b.fromId)).mergedIntoId).toBe(b.intoId),
  },
  "actor.unmerge": {
    body: async (a) => {
      const [from, into] = [await actorBy(a), await actorBy(a)];
      await ok("actor.merge", { fromId: from.id, intoId: into.id, reason: "setup" }, a);
      const merge = await prisma.actorMerge.findFirstOrThrow({ where: { fromActorId: from.id } });
      return { mergeId: merge.id, reason: "matrix: two companies" };
    },
    effect: async (_d, b) => {
      const merge = await prisma.actorMerge.findUniqueOrThrow({ where: { id: b.mergeId } });
      expect((await actorRow(merge.fromActorId)).mergedIntoId).toBeNull();
    },
  },
  "actor.delete": {
    body: async (a) => {
      const { id } = await actorBy(a);
      return { id, version: await versionOf("actor", id), reason: "matrix: made by mistake" };
    },
    effect: async (_d, b) => expect((await actorRow(b.id)).deletedAt).not.toBeNull(),
  },
  "actor.restore": {
    body: async (a) => {
      const actor = await actorBy(a);
      await ok("actor.delete", { id: actor.id, version: await versionOf("actor", actor.id), reason: "setup" }, a);
      return { id: actor.id, version: await versionOf("actor", actor.id), reason: "matrix: deleted by mistake" };
    },
    effect: async (_d, b) => expect((await actorRow(b.id)).deletedAt).toBeNull(),
  },
  "place.create": {
    body: async () => ({ name: `Matrix Anchorage ${unique()}`, kind: "site", country: "IR", geonameId: null, latitude: 27.1, longitude: 56.2, spellings: [] }),
    effect: async (_d, b) => expect(await prisma.place.findFirst({ where: { name: b.name }, select: { latitude: true, country: true } })).toEqual({ latitude: 27.1, country: "IR" }),
  },
  "place.update": {
    body: async (a) => {
      const place = await ok("place.create", { name: `Matrix Wharf ${unique()}`, kind: "site", country: "IR", geonameId: null, latitude: 27.1, longitude: 56.2, spellings: [] }, a);
      return { id: place.id, version: place.version, reason: "matrix", name: `Matrix Quay ${unique()}`, kind: "site", country: "IR", geonameId: null, latitude: 27.2, longitude: 56.3, spellings: [] };
    },
    effect: async (_d, b) => expect(await prisma.place.findUniqueOrThrow({ where: { id: b.id }, select: { name: true, latitude: true } })).toEqual({ name: b.name, latitude: 27.2 }),
  },
  "source.create": {
    body: async () => ({ title: `Matrix port report ${unique()}`, publisher: null, url: "https://example.org/port", publishedAt: null, reliability: null }),
    effect: async (d, b) => expect((await sourceRow(d.id)).title).toBe(b.title),
  },
  "source.update": {
    body: async (a) => {
      const { id } = await sourceBy(a);
      return { id, version: await versionOf("source", id), reliability: "B" };
    },
    effect: async (_d, b) => expect((await sourceRow(b.id)).reliability).toBe("B"),
  },
  "source.delete": {
    body: async (a) => {
      const { id } = await sourceBy(a);
      return { id, version: await versionOf("source", id), reason: "matrix: a duplicate" };
    },
    effect: async (_d, b) => expect((await sourceRow(b.id)).deletedAt).not.toBeNull(),
  },
  "source.restore": {
    body: async (a) => {
      const s = await sourceBy(a);
      await ok("source.delete", { id: s.id, version: await versionOf("source", s.id), reason: "setup" }, a);
      return { id: s.id, version: await versionOf("source", s.id), reason: "matrix: deleted by mistake" };
    },
    effect: async (_d, b) => expect((await sourceRow(b.id)).deletedAt).toBeNull(),
  },
  "synonym.create": {
    body: async () => ({ terms: [`matrix ${unique()}`, "role matrix"] }),
    effect: async (_d, b) => expect(await prisma.synonymSet.count({ where: { terms: { has: b.terms[0] }, deletedAt: null } })).toBe(1),
  },
  "synonym.update": {
    body: async (a) => {
      const set = await ok("synonym.create", { terms: [`matrix ${unique()}`, "role matrix"] }, a);
      return { id: set.id, version: set.version, terms: ["ferry", "car ferry"] };
    },
    effect: async (_d, b) => expect((await prisma.synonymSet.findUniqueOrThrow({ where: { id: b.id } })).terms).toEqual(["ferry", "car ferry"]),
  },
  "synonym.delete": {
    body: async (a) => {
      const set = await ok("synonym.create", { terms: [`matrix ${unique()}`, "role matrix"] }, a);
      return { id: set.id, version: set.version };
    },
    effect: async (_d, b) => expect((await prisma.synonymSet.findUniqueOrThrow({ where: { id: b.id } })).deletedAt).not.toBeNull(),
  },
  "synonym.restore": {
    body: async (a) => {
      const set = await ok("synonym.create", { terms: [`matrix ${unique()}`, "role matrix"] }, a);
      await ok("synonym.delete", { id: set.id, version: set.version }, a);
      return { id: set.id };
    },
    effect: async (_d, b) => expect((await prisma.synonymSet.findUniqueOrThrow({ where: { id: b.id } })).deletedAt).toBeNull(),
  },
  "extract.accept": {
    // A name of random letters: names alike are matched to the actor already made for another role.
    body: async () => ({
      source: { id: null, title: `Matrix article ${unique()}`, publisher: null, url: null, publishedAt: null },
      proposal: {
        kind: "event", title: "Ferry line opens", summary: "A ferry line opens.", date: { start: null, end: null }, sectors: ["transport"], places: [], passage: "A ferry line opens.",
        actors: [{ name: `${unique()} ${unique()} Lines`, role: "participant", kind: "organisation", country: null, title: null, matchId: null, create: true }], agreement: null, statement: null,
      },
    }),
    effect: async (d, b) => {
      // The article is now a source, the new actor exists, and the form gets both.
      const actor = await prisma.actor.findFirstOrThrow({ where: { name: b.proposal.actors[0].name } });
      const source = await prisma.source.findFirstOrThrow({ where: { title: b.source.title } });
      expect(d.fields).toMatchObject({ title: "Ferry line opens", actors: [{ actorId: actor.id, role: "participant" }], citations: [{ sourceId: source.id }] });
    },
  },
  "extract.add-step": {
    body: async (a) => {
      const e = await ok("entry.create", { ...eventInput(refs, `A ferry agreement ${unique()}`), kind: "agreement", agreement: { status: "signed" } }, a);
      return { source: { id: null, title: `Ratification report ${unique()}`, publisher: null, url: null, publishedAt: null }, entryId: e.id, version: e.version, step: { status: "ratified", date: "2026-04" }, passage: "" };
    },
    effect: async (_d, b) => {
      const snapshot = await prisma.revision.findFirstOrThrow({ where: { entryId: b.entryId }, orderBy: { version: "desc" } });
      const agreement = (snapshot.snapshot as { agreement: { status: string; steps: { status: string; date: string | null }[] } }).agreement;
      expect(agreement.status).toBe("ratified");
      expect(agreement.steps.map((s) => s.status)).toContain("ratified");
    },
  },
  "token.create": {
    body: async () => ({ name: "matrix script" }),
    effect: async (d) => {
      // The token shown once opens what needs a token.
      expect((await api("GET", "/api/v1/entries?state=draft", { token: d.token })).status).toBe(200);
    },
  },
  "token.revoke": {
    body: async (a) => {
      const t = await ok("token.create", { name: "to revoke" }, a);
      return { id: t.id, secret: t.token };
    },
    effect: async (_d, b) => expect((await api("GET", "/api/v1/entries?state=draft", { token: b.secret })).status).toBe(401),
  },
};

describe("every role gets the mutations it has done", () => {
  it("has a case for every mutation but signing in", () => {
    expect(Object.keys(DONE).sort()).toEqual(MUTATIONS.filter((m) => m.role !== "anyone").map((m) => m.name).sort());
  });

  for (const m of MUTATIONS.filter((m) => m.role !== "anyone")) {
    for (const role of ROLES.filter((r) => hasRole(r, m.role as Role))) {
      it(`${m.name}: done for an ${role}`, async () => {
        const a = await account(role);
        const body = await DONE[m.name].body(a);
        // token.revoke's setup keeps the secret to try it afterwards; the mutation takes the id only.
        const { secret: _secret, ...sent } = body;
        const { status, json } = await post(m.name, sent, { cookie: a.cookie });
        expect(status, JSON.stringify(json)).toBe(200);
        await DONE[m.name].effect(json.data, body, a);
      });
    }
  }

  it("account.sign-in: opens a session that the next request carries", async () => {
    const a = await account("analyst");
    const signed = await signIn(a.email, PASSWORD);
    expect(signed.status).toBe(200);
    expect(await signedIn(signed.setCookie!.split(";")[0])).toBe(true);
    expect((await signIn(a.email, "not the password")).status).toBe(401);
  });
});

describe("the from-article page's extraction", () => {
  const request = (cookie: string | null, origin: string | null = SITE) => {
    const form = new FormData();
    form.set("text", "Russian President Vladimir Putin said on Tuesday that Moscow is considering building new nuclear power units in Iran.");
    form.set("publishedAt", "2025-01-17");
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (origin) headers.origin = origin;
    return new NextRequest(`${SITE}/api/editor/extract`, { method: "POST", body: form, headers });
  };
  it("answers signed-in analysts from this site only, and saves nothing", async () => {
    const before = await state();
    expect((await extractArticle(request(null))).status).toBe(401);
    expect((await extractArticle(request(accounts.admin.cookie, "https://evil.example"))).status).toBe(403);
    const ok = await extractArticle(request(accounts.analyst.cookie));
    expect(ok.status).toBe(200);
    const { data } = (await ok.json()) as { data: { review: { proposals: { statement: { speaker: string } | null }[] } } };
    expect(data.review.proposals[0].statement?.speaker).toBe("Vladimir Putin");
    expect(await state()).toEqual(before);
  });
});

describe("the entry form's lookups", () => {
  it("answer signed-in users only", async () => {
    for (const [route, query] of [[findActors, "q=Tsiviliov"], [findSources, "q=treaty"], [findSimilar, "title=Tsivilev%20visits%20Tehran"]] as const) {
      const url = `${SITE}/api/editor/find/x?${query}`;
      expect((await route(new NextRequest(url))).status, query).toBe(401);
      const ok = await route(new NextRequest(url, { headers: { cookie: accounts.analyst.cookie } }));
      expect(ok.status, query).toBe(200);
      expect(((await ok.json()) as { data: unknown[] }).data.length, query).toBeGreaterThan(0);
    }
  });

  it("find an actor by a spelling the record has never seen", async () => {
    const response = await findActors(new NextRequest(`${SITE}/api/editor/find/actors?q=Tsiviliov`, { headers: { cookie: accounts.analyst.cookie } }));
    const { data } = (await response.json()) as { data: { name: string }[] };
    expect(data[0].name).toBe("Sergei Tsivilev");
  });
});
