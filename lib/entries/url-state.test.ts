import { describe, expect, it } from "vitest";
import { parseView, viewSearch, withoutFilter } from "./url-state";

describe("parseView", () => {
  it("reads a view from the URL, dropping the empty fields a plain form sends", () => {
    const { query, errors } = parseView({ q: "gas", kind: "", sector: ["energy", "trade"], from: "", page: "2" });
    expect(errors).toEqual({});
    expect(query).toMatchObject({ q: "gas", sector: ["energy", "trade"], page: 2, pageSize: 20 });
    expect(query.kind).toBeUndefined();
  });

  it("keeps the valid filters and reports a bad one against its field", () => {
    const { query, errors } = parseView({ sector: "energy", from: "2026-02-30" });
    expect(query.sector).toEqual(["energy"]);
    expect(query.from).toBeUndefined();
    expect(errors.from).toMatch(/calendar date/);
  });

  it("lists what it could not read with the value given, in a reader's words", () => {
    const { query, ignored } = parseView({ q: "gas", kind: "treaty", status: ["signed", "in-force"], from: "banana" });
    expect(query.q).toBe("gas");
    expect(ignored).toEqual([
      { key: "kind", value: "treaty", message: "use one of event, agreement, statement" },
      { key: "from", value: "banana", message: "use YYYY-MM-DD" },
      { key: "status", value: "signed, in-force", message: "use one of proposed, negotiating, signed, ratified, in_force, suspended, expired, terminated" },
    ]);
    expect(parseView({ q: "gas" }).ignored).toEqual([]);
  });
});

describe("viewSearch", () => {
  it("writes a view back as a short link that parses to the same view", () => {
    const view = parseView({ q: "pipeline", sector: ["energy", "transport"], status: "signed", sort: "oldest", page: "3" }).query;
    const search = viewSearch(view);
    expect(search).toBe("?q=pipeline&sector=energy&sector=transport&status=signed&sort=oldest&page=3");
    const again = parseView(Object.fromEntries([...new URLSearchParams(search).keys()].map((k) => [k, new URLSearchParams(search).getAll(k)]))).query;
    expect(again).toEqual(view);
  });

  it("removes a date filter as a whole, and goes back to the first page", () => {
    expect(viewSearch(withoutFilter({ from: "2025-01-01", to: "2025-12-31", kind: "event", page: 4 }, "from"))).toBe("?kind=event");
  });
});
