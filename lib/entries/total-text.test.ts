import { describe, expect, it } from "vitest";
import { totalText } from "./total-text";

describe("totalText", () => {
  it("gives exact totals as they are", () => {
    expect(totalText(0, false, 1, 0)).toBe("No entries match.");
    expect(totalText(1, false, 1, 1)).toBe("1 entry");
    expect(totalText(45, false, 21, 20)).toBe("45 entries, showing 21–40");
  });

  it("groups the digits of large numbers, as a reader reads them", () => {
    expect(totalText(960_031, false, 1_001, 20)).toBe("960,031 entries, showing 1,001–1,020");
  });

  it("labels an estimate as one", () => {
    expect(totalText(129_000, true, 1, 20)).toBe("about 129,000 entries (estimated from a sample), showing 1–20");
  });
});
