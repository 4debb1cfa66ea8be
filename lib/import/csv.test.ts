import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { CSV_HEADER } from "../export/csv-columns";
import { parseCsv } from "./csv";

const file = (row: Record<string, string>) => stringify([CSV_HEADER, CSV_HEADER.map((c) => row[c] ?? "")], { escape_formulas: true });
const base = { kind: "event", summary: "s", sectors: "energy", source_ids: "src-1" };

describe("parseCsv", () => {
  it("reads list cells, actors with their roles, and honest partial dates", () => {
    const { rows, invalid } = parseCsv(file({ ...base, title: "A visit", sectors: "energy; Trade", actors: "Sergei Tsivilev (visitor); Rosatom (State Corporation) (supplier)", date_start: "2026-02" }));
    expect(invalid).toEqual([]);
    expect(rows[0].row).toBe(2);
    expect(rows[0].data).toMatchObject({
      sectors: ["energy", "trade"],
      actors: [
        { name: "Sergei Tsivilev", role: "visitor" },
        { name: "Rosatom (State Corporation)", role: "supplier" },
      ],
      dateStart: "2026-02",
      citations: [{ sourceId: "src-1" }],
    });
  });

  it("gives back a cell an export protected from running as a spreadsheet formula", () => {
    const { rows } = parseCsv(file({ ...base, title: "=HYPERLINK(\"http://x\")", summary: "-5% tariffs" }));
    expect(rows[0].data.title).toBe('=HYPERLINK("http://x")');
    expect(rows[0].data.summary).toBe("-5% tariffs");
  });

  it("names every cell it cannot read by spreadsheet row and column, and leaves the entry's rules to the entry schema", () => {
    const { invalid, rows } = parseCsv(file({ ...base, title: "", actors: "Putin", credibility: "high", quote_verbatim: "maybe" }));
    expect(invalid.map((i) => [i.row, i.field]).sort()).toEqual([
      [2, "actors"],
      [2, "credibility"],
      [2, "quote_verbatim"],
    ]);
    // Still read, so the dry run reports the row's other problems (an empty title) in the same round.
    expect(rows[0]).toMatchObject({ row: 2, broken: true, data: { title: "" } });
  });
});
