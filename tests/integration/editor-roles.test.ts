// The role-by-mutation matrix: every mutation, over POST /api/editor/<name>, refused for every
// role that lacks it, for anonymous callers, and for cross-site requests whatever the role.
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
import { account, eventInput, post, seedRefs, SITE, type Account } from "../support/editor";

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
    "actor.update": { id: actors[0].id, name: "Renamed by the matrix", reason: "matrix test" },
    "actor.merge": { fromId: actors[1].id, intoId: actors[2].id, reason: "matrix test" },
    "actor.unmerge": { mergeId: "no-such-merge", reason: "matrix test" },
    "actor.delete": { id: actors[0].id, reason: "matrix test" },
    "actor.restore": { id: actors[0].id, reason: "matrix test" },
    "place.create": { name: "Matrix Port", kind: "site", country: "IR", geonameId: null, latitude: 27.1, longitude: 56.2, spellings: [] },
    "place.update": { id: place.id, version: place.version, reason: "matrix test", name: "Caspian Sea", kind: "sea", country: null, geonameId: null, latitude: 42, longitude: 51, spellings: [] },
    "source.create": { title: "Matrix source", publisher: null, url: null, publishedAt: null, reliability: null },
    "source.update": { id: refs.sources[0].id, reliability: "A" },
    "source.delete": { id: refs.sources[0].id, reason: "matrix test" },
    "source.restore": { id: refs.sources[0].id, reason: "matrix test" },
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
    prisma.session.findMany({ select: { id: true, userId: true }, orderBy: { id: "asc" } }),
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

  it("lets each role through to the mutations it has (their input decides the rest)", async () => {
    for (const m of MUTATIONS.filter((m) => m.role !== "anyone" && m.name !== "account.sign-out")) {
      const allowed = ROLES.find((r) => hasRole(r, m.role as Role))!;
      const { status, json } = await post(m.name, await bodyFor(m.name), { cookie: accounts[allowed].cookie });
      // Past the role gate: what happens next depends on the record (analysts edit only their own drafts).
      expect(status, `${m.name} as ${allowed}`).not.toBe(401);
      expect(json.error?.message ?? "", `${m.name} as ${allowed}`).not.toMatch(/needs an? \w+'s account/);
    }
  });

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
