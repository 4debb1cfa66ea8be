import { describe, expect, it } from "vitest";
import { scriptAttributes, scriptOf } from "./script";
import { placeSlug } from "./slug";
import { dominantSectorOf } from "./sector";

describe("place spellings", () => {
  it("tell Latin, Cyrillic and Persian apart", () => {
    expect(scriptOf("Bushehr")).toBe("latin");
    expect(scriptOf("Bakı")).toBe("latin");
    expect(scriptOf("Бушер")).toBe("cyrillic");
    expect(scriptOf("بوشهر")).toBe("persian");
    expect(scriptAttributes("persian")).toEqual({ lang: "fa", dir: "rtl" });
  });

  it("make permalinks from a name in any script", () => {
    expect(placeSlug("Saint Petersburg")).toBe("saint-petersburg");
    expect(placeSlug("St. Petersburg")).toBe("st-petersburg");
    expect(placeSlug("Бушер")).toBe("busher");
    expect(placeSlug("Bakı")).toBe("baki");
    expect(placeSlug("!!!")).toBe("place");
  });
});

describe("a mark's sector", () => {
  it("is the most frequent, among the reader's chosen sectors when there are any", () => {
    expect(dominantSectorOf({ energy: 2, trade: 3 })).toBe("trade");
    expect(dominantSectorOf({ energy: 2, trade: 3 }, ["energy"])).toBe("energy");
    expect(dominantSectorOf({ energy: 2, trade: 2 })).toBe("energy"); // ties: the sectors' fixed order
    expect(dominantSectorOf({ trade: 1 }, ["nuclear"])).toBe("trade");
  });
});
