import { describe, expect, it } from "vitest";
import { openApiDocument } from "./document";
import { buildReference, describeType } from "./reference";

describe("describeType", () => {
  it("says what a value may be in a few words", () => {
    expect(describeType({ type: "string", enum: ["event", "agreement"] })).toBe("event | agreement");
    expect(describeType({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("string or null");
    expect(describeType({ type: "array", items: { $ref: "#/components/schemas/Entry" } })).toBe("Entry[]");
    expect(describeType({ type: "array", items: { enum: ["energy", "trade"] } })).toBe("(energy | trade)[]");
    expect(describeType({ type: "integer", minimum: 1, maximum: 100, default: 20 })).toBe("integer (≥ 1, ≤ 100, default 20)");
  });
});

describe("buildReference", () => {
  it("lists every operation of the document under its tag, with parameters and responses", () => {
    const doc = openApiDocument() as unknown as Record<string, unknown>;
    const reference = buildReference(doc);
    const operations = reference.groups.flatMap((g) => g.operations);
    const documented = Object.values(doc.paths as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(operations).toHaveLength(documented);
    const list = operations.find((o) => o.path === "/api/v1/entries" && o.method === "GET")!;
    expect(list.parameters.map((p) => p.name)).toContain("sector (query)");
    expect(list.parameters.find((p) => p.name === "sector (query)")!.type).toContain("energy");
    expect(list.responses.map((r) => r.status)).toEqual(["200", "400", "401", "403"]);
    expect(list.parameters.map((p) => p.name)).toContain("state (query)");
    expect(reference.schemas.find((s) => s.name === "Entry")!.fields.map((f) => f.name)).toContain("sources");
  });
});
