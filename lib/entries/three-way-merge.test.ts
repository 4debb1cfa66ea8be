import { describe, expect, it } from "vitest";
import type { EntryFields } from "./input";
import { threeWayMerge } from "./three-way-merge";

const base: EntryFields = {
  kind: "event",
  title: "Pezeshkian visits Moscow",
  summary: "An official visit.",
  date: { start: "2025-01", end: null },
  sectors: ["diplomacy"],
  places: ["Moscow"],
  actors: [{ actorId: "a1", role: "visitor" }],
  citations: [{ sourceId: "s1", quote: null, credibility: 2 }],
  agreement: null,
  statement: null,
};

describe("threeWayMerge", () => {
  it("keeps both sides when they changed different fields (the two-tab case)", () => {
    const current = { ...base, summary: "A state visit with talks on the gas hub." };
    const mine = { ...base, title: "Pezeshkian in Moscow" };
    const m = threeWayMerge(base, mine, current);
    expect(m.conflicts).toEqual([]);
    expect(m.yours).toEqual(["title"]);
    expect(m.theirs).toEqual(["summary"]);
    expect(m.merged).toMatchObject({ title: "Pezeshkian in Moscow", summary: "A state visit with talks on the gas hub." });
  });

  it("names a field both sides changed differently as a conflict and leaves it as it is now", () => {
    const current = { ...base, title: "Their title" };
    const m = threeWayMerge(base, { ...base, title: "My title", places: ["Kazan"] }, current);
    expect(m.conflicts).toEqual(["title"]);
    expect(m.yours).toEqual(["places"]);
    expect(m.merged.title).toBe("Their title");
  });

  it("does not call the same change on both sides a conflict", () => {
    const current = { ...base, sectors: ["diplomacy", "energy"] as EntryFields["sectors"] };
    const m = threeWayMerge(base, { ...base, sectors: ["diplomacy", "energy"] }, current);
    expect(m).toMatchObject({ conflicts: [], yours: [], theirs: [] });
  });

  it("treats fields a partial change leaves out as untouched by the saver", () => {
    const current = { ...base, summary: "Changed meanwhile." };
    const m = threeWayMerge(base, { places: ["Tehran"] }, current);
    expect(m).toMatchObject({ conflicts: [], yours: ["places"], theirs: ["summary"] });
    expect(m.merged).toMatchObject({ summary: "Changed meanwhile.", places: ["Tehran"] });
  });

  it("compares lists and objects by value, whatever the order of their keys", () => {
    const current = { ...base, citations: [{ credibility: 2, quote: null, sourceId: "s1" }] };
    expect(threeWayMerge(base, { citations: [{ sourceId: "s1", quote: null, credibility: 2 }] }, current).yours).toEqual([]);
    expect(threeWayMerge(base, { citations: [{ sourceId: "s1", quote: "a quote", credibility: 2 }] }, current).yours).toEqual(["citations"]);
  });

  it("without a base, refuses to overwrite any field that differs from now", () => {
    const current = { ...base, summary: "Now." };
    expect(threeWayMerge(null, { summary: "Mine.", title: base.title }, current)).toMatchObject({ conflicts: ["summary"], yours: [], theirs: [] });
  });

  it("does not mix a kind from one side with details from the other", () => {
    const agreement = { status: "signed" as const, durationYears: null, figures: [], steps: [] };
    const current = { ...base, kind: "agreement" as const, agreement };
    // the saver turned it into a statement meanwhile
    const statement = { speakerId: "a1", quote: "We agreed.", verbatim: true, language: null, original: null, reportedBy: null };
    const m = threeWayMerge(base, { ...base, kind: "statement", statement }, current);
    expect(m.conflicts).toEqual(expect.arrayContaining(["kind"]));
    expect(m.merged.kind).toBe("agreement");
    expect(m.merged.statement).toBeNull();
  });
});
