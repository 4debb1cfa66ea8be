import { describe, expect, it } from "vitest";
import { entryFields } from "./input";

const base = {
  kind: "event",
  title: "Talks in Tehran",
  summary: "Officials met.",
  date: { start: "2026-02", end: null },
  sectors: ["energy"],
  places: [],
  actors: [],
  citations: [{ sourceId: "s1", quote: null, credibility: null }],
  agreement: null,
  statement: null,
};
const issues = (input: unknown) => {
  const r = entryFields.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("the entry schema, at every door", () => {
  it("stores a role in lower case with tidy spaces, whatever case it came in", () => {
    const r = entryFields.parse({ ...base, actors: [{ actorId: "a1", role: "  Host   Nation " }] });
    expect(r.actors).toEqual([{ actorId: "a1", role: "host nation" }]);
    expect(issues({ ...base, actors: [{ actorId: "a1", role: "host<script>" }] })[0][0]).toBe("actors.0.role");
  });

  it("keeps every role of one actor, and refuses the same role twice instead of dropping one", () => {
    const two = entryFields.parse({ ...base, actors: [{ actorId: "a1", role: "host" }, { actorId: "a1", role: "signatory" }] });
    expect(two.actors).toHaveLength(2);
    expect(issues({ ...base, actors: [{ actorId: "a1", role: "host" }, { actorId: "a1", role: "HOST" }] })).toEqual([["actors.1.role", expect.stringMatching(/already listed as “host”/)]]);
  });

  it("merges a source cited twice into one citation keeping both passages, and refuses two grades", () => {
    const r = entryFields.parse({
      ...base,
      citations: [
        { sourceId: "s1", quote: "First passage.", credibility: 2 },
        { sourceId: "s2", quote: null, credibility: null },
        { sourceId: "s1", quote: "Second passage.", credibility: null },
      ],
    });
    expect(r.citations).toEqual([
      { sourceId: "s1", quote: "First passage.\n\nSecond passage.", credibility: 2 },
      { sourceId: "s2", quote: null, credibility: null },
    ]);
    expect(issues({ ...base, citations: [{ sourceId: "s1", quote: null, credibility: 2 }, { sourceId: "s1", quote: null, credibility: 4 }] })).toEqual([
      ["citations.1.credibility", expect.stringMatching(/credibility 2/)],
    ]);
  });

  it("names the allowed values of kinds and sectors", () => {
    expect(issues({ ...base, kind: "rumour", sectors: ["space"] })).toEqual([
      ["kind", expect.stringMatching(/event, agreement or statement/)],
      ["sectors.0", expect.stringMatching(/^a sector is one of/)],
    ]);
  });
});
