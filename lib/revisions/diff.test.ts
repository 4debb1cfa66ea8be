import { describe, expect, it } from "vitest";
import { changedFields } from "./diff";
import type { EntrySnapshot } from "./types";

const names = { actor: (id: string) => ({ a1: "Sergei Tsivilev", a2: "Masoud Pezeshkian" })[id] ?? id, source: (id: string) => ({ s1: "TASS report" })[id] ?? id };

const base: EntrySnapshot = {
  id: "e1",
  slug: "visit",
  version: 1,
  state: "published",
  deleted: false,
  reviewNote: null,
  kind: "event",
  title: "Tsivilev visits Tehran",
  summary: "Energy talks.",
  date: { start: "2026-02", end: null },
  sectors: ["energy"],
  places: ["Tehran"],
  actors: [{ actorId: "a1", role: "visitor" }],
  citations: [{ sourceId: "s1", quote: "he arrived", credibility: 2 }],
  agreement: null,
  statement: null,
};

describe("changedFields", () => {
  it("lists only the fields that differ, as readable text", () => {
    const after = { ...base, title: "Tsivilyov visits Tehran", date: { start: "2026-02-18", end: null }, actors: [...base.actors, { actorId: "a2", role: "host" }] };
    expect(changedFields(base, after, names)).toEqual([
      { field: "title", label: "Title", before: "Tsivilev visits Tehran", after: "Tsivilyov visits Tehran" },
      { field: "date", label: "Date", before: "2026-02", after: "2026-02-18" },
      { field: "actors", label: "Actors", before: "Sergei Tsivilev (visitor)", after: "Sergei Tsivilev (visitor)\nMasoud Pezeshkian (host)" },
    ]);
  });

  it("shows a deletion and an undated range honestly", () => {
    const after = { ...base, deleted: true, date: { start: null, end: null } };
    expect(changedFields(base, after, names).map((c) => [c.label, c.after])).toEqual([
      ["State", "published, deleted"],
      ["Date", "undated"],
    ]);
  });

  it("reports nothing when nothing changed but the version", () => {
    expect(changedFields(base, { ...base, version: 2 }, names)).toEqual([]);
  });
});
