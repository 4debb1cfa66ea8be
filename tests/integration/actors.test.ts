// Actor profiles and suggestions against the initial record, in a throwaway database.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { getActor, listedActorNames, suggestActors } from "@/lib/actors/queries";
import { readRecord, seedDatabase } from "@/prisma/seed/load";

const record = readRecord();
const involves = (slug: string) => (e: (typeof record.entries)[number]) => e.actors.some((a) => a.actor === slug) || e.statement?.speaker === slug;

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("getActor", () => {
  it("gives every spelling and every entry of the actor, each with the actor's roles", async () => {
    const actor = (await getActor("sergei-tsivilev"))!;
    const seed = record.actors.find((a) => a.slug === "sergei-tsivilev")!;
    expect(actor.spellings).toEqual(expect.arrayContaining(seed.aliases));
    const expected = record.entries.filter(involves("sergei-tsivilev"));
    expect(actor.entryTotal).toBe(expected.length);
    expect(actor.entries.map((e) => e.slug).sort()).toEqual(expected.map((e) => e.slug).sort());
    const statement = actor.entries.find((e) => e.kind === "statement")!;
    expect(statement.roles).toContain("speaker");
  });

  it("ranks the actors who share most entries with this one", async () => {
    const actor = (await getActor("sergei-tsivilev"))!;
    const shared = new Map<string, number>();
    for (const entry of record.entries.filter(involves("sergei-tsivilev"))) {
      const others = new Set([...entry.actors.map((a) => a.actor), ...(entry.statement ? [entry.statement.speaker] : [])]);
      others.delete("sergei-tsivilev");
      for (const other of others) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const top = Math.max(...shared.values());
    expect(actor.companions[0].count).toBe(top);
    expect(shared.get(actor.companions[0].slug)).toBe(top);
    expect(actor.companions.map((c) => c.slug)).not.toContain("sergei-tsivilev");
  });

  it("answers null for an unknown actor", async () => {
    expect(await getActor("nobody-anywhere")).toBeNull();
  });
});

describe("suggestActors", () => {
  it("suggests an actor from the start of any spelling, or from a close misspelling", async () => {
    expect((await suggestActors("Pezesh")).map((s) => s.slug)).toContain("masoud-pezeshkian");
    expect((await suggestActors("Tsiviliov"))[0].slug).toBe("sergei-tsivilev");
    expect((await suggestActors("Цивил"))[0].slug).toBe("sergei-tsivilev");
    expect(await suggestActors("zzzzqqq")).toEqual([]);
  });
});

describe("listedActorNames (the actor field's list without JavaScript)", () => {
  it("offers every spelling of every actor of a record this size, each with the actor it names", async () => {
    const listed = await listedActorNames();
    const seed = record.actors.find((a) => a.slug === "sergei-tsivilev")!;
    for (const spelling of seed.aliases) expect(listed).toContainEqual({ matched: spelling, name: seed.name });
    expect(listed.length).toBeGreaterThanOrEqual(record.actors.length);
  });

  it("offers none when the record has more spellings than a reader could scan", async () => {
    const all = await listedActorNames();
    expect(await listedActorNames(all.length)).toEqual(all);
    expect(await listedActorNames(all.length - 1)).toEqual([]);
  });
});
