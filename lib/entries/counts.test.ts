import { describe, expect, it } from "vitest";
import { samplePays } from "./counts";

// The glimpse reads about 3,000 rows: its scale is the record's rows over those.
const glimpseOf = (rows: number) => ({ scale: rows / 3_000 });

describe("whether a view glimpsed past the cap is sampled before it is counted", () => {
  it("is sampled when the larger sample would most likely put it surely past the cap", () => {
    // "gas pipeline" at 100,000 entries: about 13,000 matches, a 10% sample sees some 1,300 of them.
    expect(samplePays(glimpseOf(100_000), 13_359, 10_000)).toBe(true);
    // Far past the cap even at a million entries.
    expect(samplePays(glimpseOf(1_000_000), 16_000, 10_000)).toBe(true);
  });

  it("is counted straight away when it is glimpsed just past the cap, which no sample could settle", () => {
    // A 1% sample of a million entries sees about 100 of 10,000 matches: ±30% at three deviations.
    expect(samplePays(glimpseOf(1_000_000), 10_027, 10_000)).toBe(false);
    expect(samplePays(glimpseOf(1_000_000), 12_000, 10_000)).toBe(false);
  });

  it("is sampled when the sample reads the whole record, since that is a count", () => {
    expect(samplePays(glimpseOf(8_000), 10_001, 10_000)).toBe(true);
  });
});
