// Actor merges that keep every spelling and can be undone; sign-in limits and password changes.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { SIGN_IN_LIMITS } from "@/lib/accounts/accounts";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";
import { PASSWORD, account, post, type Account } from "../support/editor";

let editor: Account;

beforeAll(async () => {
  await seedDatabase(prisma);
  editor = await account("editor");
});

const namesOf = async (slug: string) =>
  (await prisma.actorName.findMany({ where: { actor: { slug } }, select: { name: true } })).map((n) => n.name).sort();
const slugsFor = async (q: string) => (await getEntries(`?actor=${encodeURIComponent(q)}&pageSize=100`)).body.data.map((e) => e.slug).sort();

describe("merging actors", () => {
  it("moves every spelling, role and statement to the kept actor, and undo puts each back", async () => {
    // An analyst logged Tsivilev a second time, under a new spelling, in a new entry.
    const dup = await post("actor.create", { name: "S. Tsiviljov", kind: "person", country: "RU", titles: [], aliases: ["Sergej Ziwiljow"] }, { cookie: editor.cookie });
    const duplicate = dup.json.data as { id: string; slug: string };
    const kept = await prisma.actor.findUniqueOrThrow({ where: { slug: "sergei-tsivilev" } });
    const source = await prisma.source.findFirstOrThrow();
    const logged = await post(
      "entry.create",
      {
        kind: "event", title: "Energy ministers review the gas hub plan", summary: "A review meeting.", date: { start: "2026-04", end: null },
        sectors: ["energy"], places: [], actors: [{ actorId: duplicate.id, role: "participant" }],
        citations: [{ sourceId: source.id, quote: null, credibility: null }], agreement: null, statement: null,
      },
      { cookie: editor.cookie },
    );
    const newEntry = logged.json.data as { id: string; slug: string };
    await post("entry.publish", { id: newEntry.id, version: 1, reason: "ok" }, { cookie: editor.cookie });

    const keptNamesBefore = await namesOf("sergei-tsivilev");
    const keptEntriesBefore = await slugsFor("Tsivilev");
    expect(keptEntriesBefore).not.toContain(newEntry.slug);

    const merged = await post("actor.merge", { fromId: duplicate.id, intoId: kept.id, reason: "Same person" }, { cookie: editor.cookie });
    expect(merged.status).toBe(200);
    expect(await namesOf("sergei-tsivilev")).toEqual([...keptNamesBefore, "S. Tsiviljov", "Sergej Ziwiljow"].sort());
    // Any spelling, old or new, now finds the entries of both.
    for (const spelling of ["Tsivilev", "Sergej Ziwiljow"]) {
      expect(await slugsFor(spelling), spelling).toEqual([...keptEntriesBefore, newEntry.slug].sort());
    }
    const again = await post("actor.merge", { fromId: duplicate.id, intoId: kept.id, reason: "twice" }, { cookie: editor.cookie });
    expect(again.status).toBe(409);

    const mergeId = (merged.json.data as { id: string }).id;
    const undone = await post("actor.unmerge", { mergeId, reason: "They are different people" }, { cookie: editor.cookie });
    expect(undone.status).toBe(200);
    expect(await namesOf("sergei-tsivilev")).toEqual(keptNamesBefore);
    expect(await namesOf(duplicate.slug)).toEqual(["S. Tsiviljov", "Sergej Ziwiljow"]);
    expect(await slugsFor("Tsivilev")).toEqual(keptEntriesBefore);
    expect(await slugsFor("Sergej Ziwiljow")).toEqual([newEntry.slug]);
    expect((await post("actor.unmerge", { mergeId, reason: "again" }, { cookie: editor.cookie })).status).toBe(409);
  });

  it("moves a speaker's statements and gives them back", async () => {
    const austin = await prisma.actor.findUniqueOrThrow({ where: { slug: "lloyd-austin" } });
    const statements = await prisma.entry.count({ where: { speakerId: austin.id } });
    expect(statements).toBeGreaterThan(0);
    const dup = (await post("actor.create", { name: "Secretary Austin", kind: "person", country: "US", titles: [], aliases: [] }, { cookie: editor.cookie })).json.data as { id: string };
    const merged = await post("actor.merge", { fromId: austin.id, intoId: dup.id, reason: "test" }, { cookie: editor.cookie });
    expect(await prisma.entry.count({ where: { speakerId: dup.id } })).toBe(statements);
    await post("actor.unmerge", { mergeId: (merged.json.data as { id: string }).id, reason: "test" }, { cookie: editor.cookie });
    expect(await prisma.entry.count({ where: { speakerId: austin.id } })).toBe(statements);
  });
});

describe("signing in", () => {
  it("sets an httpOnly, SameSite session cookie, Secure over HTTPS", async () => {
    const user = await account("analyst");
    const plain = await post("account.sign-in", { email: user.email, password: PASSWORD });
    expect(plain.setCookie).toMatch(/record\.session_token=[\w.%-]{40,}/);
    expect(plain.setCookie).toMatch(/HttpOnly/i);
    expect(plain.setCookie).toMatch(/SameSite=lax/i);
    expect(plain.setCookie).not.toMatch(/Secure/i);
  });

  it("limits attempts per account, even from many addresses, and per address across accounts", async () => {
    const user = await account("analyst");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const wrong = await post("account.sign-in", { email: user.email, password: "not the password" }, { ip: `192.0.2.${i}` });
      expect(wrong.status).toBe(401);
      expect(wrong.json.error?.message).toMatch(/do not match an account/);
    }
    const limited = await post("account.sign-in", { email: user.email, password: PASSWORD }, { ip: "192.0.2.200" });
    expect(limited.status).toBe(429);
    expect(limited.json.error?.message).toMatch(/Too many sign-in attempts. Wait \d+ minutes/);

    const ip = "192.0.2.250";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await post("account.sign-in", { email: `guess${i}@example.org`, password: "x" }, { ip });
    const other = await account("analyst");
    expect((await post("account.sign-in", { email: other.email, password: PASSWORD }, { ip })).status).toBe(429);
    expect((await post("account.sign-in", { email: other.email, password: PASSWORD }, { ip: "192.0.2.251" })).status).toBe(200);
  });

  it("changing the password signs the account out everywhere else", async () => {
    const user = await account("analyst");
    const second = await post("account.sign-in", { email: user.email, password: PASSWORD });
    const otherBrowser = second.setCookie!.split(";")[0];
    const wrong = await post("account.password", { currentPassword: "nope", newPassword: "an entirely new password" }, { cookie: user.cookie });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error?.issues).toEqual([expect.objectContaining({ path: ["currentPassword"] })]);
    const changed = await post("account.password", { currentPassword: PASSWORD, newPassword: "an entirely new password" }, { cookie: user.cookie });
    expect(changed.status).toBe(200);
    expect((await post("account.sign-out", {}, { cookie: otherBrowser })).status).toBe(401);
    expect((await post("account.sign-in", { email: user.email, password: PASSWORD })).status).toBe(401);
    expect((await post("account.sign-in", { email: user.email, password: "an entirely new password" })).status).toBe(200);
    // The browser that changed it stays signed in, on a fresh session.
    const renewed = changed.setCookie!.split(";")[0];
    expect(renewed).not.toBe(user.cookie);
    expect((await post("account.sign-out", {}, { cookie: renewed })).status).toBe(200);
    expect((await post("account.sign-out", {}, { cookie: renewed })).status).toBe(401);
    // The audit log shows when the account signed out.
    expect(await prisma.auditEvent.count({ where: { action: "account.sign-out", outcome: "ok", userEmail: user.email } })).toBe(1);
  });
});
