import { describe, expect, it } from "vitest";
import { MAX_WINDOW_YEARS, windowFillsItsYears, windowYearWords } from "./window-years";

const span = { first: 1992, last: 2026 };

describe("the years a search's date window asks the index for", () => {
  it("are the window's years, up to the last year an entry starts in when the window is open", () => {
    expect(windowYearWords({ from: "2024-01-15" }, span)).toBe("2024 | 2025 | 2026");
    expect(windowYearWords({ from: "2021-03-01", to: "2022-02-28" }, span)).toBe("2021 | 2022");
    expect(windowYearWords({ to: "1994-06-30" }, span)).toBe("1992 | 1993 | 1994");
  });

  it("are not asked for when the window spans too many years to narrow the search", () => {
    expect(windowYearWords({ from: `${2026 - MAX_WINDOW_YEARS}-01-01` }, span)).toBeNull();
    expect(windowYearWords({ from: `${2027 - MAX_WINDOW_YEARS}-01-01` }, span)).not.toBeNull();
    expect(windowYearWords({ from: "2000-01-01", to: "2020-12-31" }, span)).toBeNull();
  });

  it("are not asked for when an entry may have begun more than fifty years before the window", () => {
    // Its document holds only the first fifty years of its range.
    expect(windowYearWords({ from: "2024-01-01" }, { first: 1974, last: 2026 })).toBeNull();
    expect(windowYearWords({ from: "2024-01-01" }, { first: 1975, last: 2026 })).toBe("2024 | 2025 | 2026");
  });

  it("are not asked for without a window, without dated entries, or for a window past every entry", () => {
    expect(windowYearWords({}, span)).toBeNull();
    expect(windowYearWords({ from: "2024-01-01" }, null)).toBeNull();
    expect(windowYearWords({ from: "2030-01-01" }, span)).toBeNull();
  });
});

describe("a window that fills the years its search asks for", () => {
  it("is tested on each match when it covers a quarter of those years or more, not through its own index", () => {
    expect(windowFillsItsYears({ from: "2024-01-15" }, "2024 | 2025 | 2026")).toBe(true);
    expect(windowFillsItsYears({ from: "2024-01-01", to: "2024-12-31" }, "2024")).toBe(true);
    expect(windowFillsItsYears({ from: "2024-01-01", to: "2024-06-30" }, "2024")).toBe(true);
    expect(windowFillsItsYears({ from: "2026-11-01" }, "2026")).toBe(false);
    expect(windowFillsItsYears({ from: "2024-03-01", to: "2024-03-31" }, "2024")).toBe(false);
    expect(windowFillsItsYears({ from: "2023-12-20", to: "2024-01-10" }, "2023 | 2024")).toBe(false);
  });
});
