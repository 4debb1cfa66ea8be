import { describe, expect, it } from "vitest";
import { formatDateRange, formatPartialDate, lastDayOf, parsePartialDate, toPartialString } from "./partial-date";

describe("partial dates", () => {
  it("keeps the precision the text gives", () => {
    expect(parsePartialDate("2026-02-18")?.precision).toBe("day");
    expect(parsePartialDate("2026-02")?.precision).toBe("month");
    expect(parsePartialDate("2013")?.precision).toBe("year");
  });

  it("refuses dates that do not exist or are not in an accepted form", () => {
    for (const bad of ["2026-02-30", "2026-13", "26-02-18", "2026/02/18", "Feb 2026", ""]) {
      expect(parsePartialDate(bad)).toBeNull();
    }
  });

  it("shows a reader exactly what is known", () => {
    const day = parsePartialDate("2026-02-18")!;
    const month = parsePartialDate("2026-02")!;
    const year = parsePartialDate("2013")!;
    expect(formatPartialDate(day.start, day.precision)).toBe("18 Feb 2026");
    expect(formatPartialDate(month.start, month.precision)).toBe("Feb 2026");
    expect(formatPartialDate(year.start, year.precision)).toBe("2013");
    expect(formatPartialDate(null, "unknown")).toBe("undated");
    expect(formatDateRange(parsePartialDate("2022")!.start, parsePartialDate("2024")!.start, "year")).toBe("2022 – 2024");
  });

  it("round-trips the exchange form", () => {
    for (const text of ["2026-02-18", "2026-02", "2013"]) {
      const parsed = parsePartialDate(text)!;
      expect(toPartialString(parsed.start, parsed.precision)).toBe(text);
    }
    expect(toPartialString(null, "unknown")).toBeNull();
  });

  it("knows the last day a month or year may mean", () => {
    expect(lastDayOf(parsePartialDate("2024-02")!).toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(lastDayOf(parsePartialDate("2013")!).toISOString().slice(0, 10)).toBe("2013-12-31");
    expect(lastDayOf(parsePartialDate("2026-02-18")!).toISOString().slice(0, 10)).toBe("2026-02-18");
  });
});
