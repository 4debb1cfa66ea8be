import { describe, expect, it } from "vitest";
import { sectorWords } from "./sectors";

describe("sectorWords", () => {
  it("writes sectors as a reader reads them, in the order given", () => {
    expect(sectorWords(["defense", "energy"])).toBe("defence, energy");
  });
  it("keeps a word it does not know as it came, and writes nothing for none", () => {
    expect(sectorWords(["space"])).toBe("space");
    expect(sectorWords([])).toBe("");
  });
});
