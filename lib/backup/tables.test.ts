import { describe, expect, it } from "vitest";
import { dependencyOrder } from "./tables";

describe("dependencyOrder", () => {
  it("puts every table after the tables it refers to", () => {
    const names = dependencyOrder(
      [{ name: "Citation" }, { name: "Entry" }, { name: "Source" }, { name: "Actor" }, { name: "EntryActor" }],
      [
        { from: "Citation", to: "Entry" },
        { from: "Citation", to: "Source" },
        { from: "EntryActor", to: "Entry" },
        { from: "EntryActor", to: "Actor" },
        { from: "Entry", to: "Actor" },
      ],
    ).map((t) => t.name);
    expect(names).toEqual(["Actor", "Source", "Entry", "Citation", "EntryActor"]);
  });

  it("refuses a cycle rather than writing an order that cannot be restored", () => {
    expect(() => dependencyOrder([{ name: "A" }, { name: "B" }], [{ from: "A", to: "B" }, { from: "B", to: "A" }])).toThrow(/Circular/);
  });
});
