import { describe, expect, it } from "vitest";
import { findDates } from "./dates";
import { nowruz, solarHijriDates } from "./solar-hijri";

const ref = { day: "2025-10-07", from: "publication" as const };
const dates = (s: string) => findDates(s, ref).map((h) => [h.start, h.end, h.precision]);

describe("Solar Hijri dates", () => {
  it("knows the Gregorian day of Nowruz, 20 or 21 March", () => {
    expect([1370, 1402, 1403, 1404].map((y) => nowruz(y).toISOString().slice(0, 10))).toEqual(["1991-03-21", "2023-03-21", "2024-03-20", "2025-03-21"]);
  });
  it("turns a Solar Hijri day into its Gregorian day, written out or in numbers", () => {
    expect(dates("The roadmap was signed on Monday (14 Mehr 1404).")).toContainEqual(["2025-10-06", null, "day"]);
    expect(dates("The terminal opened on 1404/05/27.")).toEqual([["2025-08-18", null, "day"]]);
    // Without a year: the latest such day up to the report.
    expect(dates("On 27 Mordad, the ministers inaugurated a terminal.")).toEqual([["2025-08-18", null, "day"]]);
  });
  it("gives a Solar Hijri month only its Gregorian year, and a year the two it spans", () => {
    expect(dates("They first agreed on it in Tir 1402.")).toEqual([["2023", null, "year"]]);
    expect(dates("Trade grew in Dey 1403.")).toEqual([["2024", "2025", "year"]]);
    expect(dates("Trade reached 4.8 billion dollars in the Iranian year 1403.")).toEqual([["2024", "2025", "year"]]);
  });
  it("does not read a given name or a month name alone as a date", () => {
    expect(solarHijriDates("Azar said the talks in Mehr were useful.", ref)).toEqual([]);
  });
});
