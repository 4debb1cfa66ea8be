import { describe, expect, it } from "vitest";
import { findDates, referenceDate } from "./dates";

const pub = { day: "2025-01-17", from: "publication" as const }; // a Friday
const first = (s: string, ref: typeof pub | null = pub) => {
  const h = findDates(s, ref)[0];
  return h ? { start: h.start, end: h.end, precision: h.precision } : null;
};

describe("dates", () => {
  it("keeps a full date as a day", () => {
    expect(first("The visit, which took place on February 18, 2026, underscores Moscow's commitment.", null)).toEqual({ start: "2026-02-18", end: null, precision: "day" });
  });
  it("resolves “on Tuesday” to the Tuesday before the publication date", () => {
    expect(first("On Tuesday, the minister said the talks would continue.")).toEqual({ start: "2025-01-14", end: null, precision: "day" });
  });
  it("gives “earlier this month” the month, never a day", () => {
    expect(first("Earlier this month, Iran confirmed the arrival of a Russian Mi-28NE attack helicopter.")).toEqual({ start: "2025-01", end: null, precision: "month" });
  });
  it("puts “in November” in the year before a January report, and a planned March after it", () => {
    expect(first("The memorandum was signed in November.")).toEqual({ start: "2024-11", end: null, precision: "month" });
    expect(first("The minister's anticipated visit to Moscow in March.")).toEqual({ start: "2025-03", end: null, precision: "month" });
  });
  it("keeps a year alone as a year and a range as a range", () => {
    expect(first("Russia built Iran’s first nuclear power plant in the port of Bushehr that became operational in 2013.", null)).toEqual({ start: "2013", end: null, precision: "year" });
    expect(first("Trade grew from 2019 to 2021.", null)).toEqual({ start: "2019", end: "2021", precision: "year" });
    expect(first("Talks were held between March and May 2024.")).toEqual({ start: "2024-03", end: "2024-05", precision: "month" });
  });
  it("gives a week its month, not a day", () => {
    expect(first("Last week the delegation arrived in Tehran.")?.precision).toBe("month");
  });
  it("leaves relative dates undated without a reference date", () => {
    expect(findDates("Earlier this month, Iran confirmed the arrival.", null)).toEqual([]);
    expect(findDates("The visit to Moscow in March.", null)).toEqual([]);
    expect(findDates("On Tuesday, the minister said so.", null)).toEqual([]);
  });
  it("gives a season only its year, the latest one begun by the report when it names none", () => {
    expect(first("The first batch arrived in the spring, according to Iranian media.")).toEqual({ start: "2024", end: null, precision: "year" });
    expect(first("Iran began supplying drones in the late summer of 2022.")).toEqual({ start: "2022", end: null, precision: "year" });
    expect(findDates("Russia scrambled to keep its influence months after the fall of Assad.", pub)).toEqual([]);
  });
  it("does not read “now” as a date", () => {
    expect(findDates("From now on, a wagon checked in Russia will not be opened again.", pub)).toEqual([]);
  });
  it("does not take quantities for years", () => {
    expect(findDates("up to 55 billion cubic meters, about 2000 tonnes of wheat", null)).toEqual([]);
  });
  it("takes the article's latest full date as the reference when there is no publication date", () => {
    expect(referenceDate(["The visit took place on February 18, 2026.", "It was planned in 2025."], null)).toEqual({ day: "2026-02-18", from: "article" });
    expect(referenceDate(["Nothing dated today."], null)).toBeNull();
  });
});

describe("dates that are not the fact's", () => {
  const usable = (s: string) => findDates(s, pub).filter((h) => !h.cue.includes("situates the fact rather than dating it")).map((h) => h.start);
  it("does not date a fact by a year that names a thing (“the 2015 nuclear deal”)", () => {
    expect(usable("Lavrov said Russia supported the revival of the 2015 nuclear deal.")).toEqual([]);
    expect(usable("Unlike Russia's 2024 treaty with North Korea, the document has no defence clause.")).toEqual([]);
    expect(usable("Talks to replace the 2001 Treaty on the Basis of Relations began in early 2022.")).toEqual(["2022"]);
    expect(usable("The plant was built in 2013.")).toEqual(["2013"]);
  });
  it("reads a length of time as no date (“in the next three years”, “within eighteen months”)", () => {
    expect(findDates("We see room to double trade in the next three years.", pub)).toEqual([]);
    expect(findDates("The first concrete is to be poured within the next eighteen months.", pub)).toEqual([]);
    expect(findDates("Construction is to begin in early 2026 and end within four years.", pub).map((h) => h.start)).toEqual(["2026"]);
  });
  it("does not push a month into next year for a plan told inside a quotation", () => {
    expect(first("Lavrov said in January that the treaty was “a roadmap for the next twenty years.”")).toEqual({ start: "2025-01", end: null, precision: "month" });
  });
});

describe("years told by reference to another", () => {
  const spans = (s: string, lastYear: number | null = null) => findDates(s, pub, lastYear).map((h) => [h.text, h.start, h.precision]);
  it("reads “of that year” and “the following year” against the year given before, in the sentence or the text", () => {
    expect(spans("The first components arrived in April 2016, and the system was declared operational the following year.")).toEqual([["April 2016", "2016-04", "month"], ["the following year", "2017", "year"]]);
    expect(spans("Russian forces first used them in September of that year.", 2022)).toEqual([["September of that year", "2022-09", "month"]]);
    expect(spans("A new contract was signed two years later.", 2013)).toEqual([["two years later", "2015", "year"]]);
  });
  it("never gives a fact told “two years earlier”, with no year before it, the report's month", async () => {
    const { extractProposals } = await import("./extract");
    expect(extractProposals("Two years earlier, the two navies held their first Caspian drill off Astrakhan.", { publishedAt: "2026-12-03" }).proposals.map((p) => p.date.start)).toEqual([null]);
  });
  it("never takes such a reference for the report's own year", () => {
    expect(spans("A new contract was signed in November of that year.")).toEqual([]);
    expect(spans("The system was declared operational the following year.")).toEqual([]);
  });
  it("counts “three months after” from the fact it names, not from the report, and reads no day into model numbers or resolutions", () => {
    expect(spans("In September 2010, three months after the Security Council adopted Resolution 1929, Medvedev signed a decree.")).toEqual([["September 2010", "2010-09", "month"]]);
    expect(spans("Officials signed a contract for five S-300PMU-1 battalions in December 2007.")).toEqual([["December 2007", "2007-12", "month"]]);
  });
});

describe("weekdays of plans", () => {
  it("puts a planned weekday after the report and a reported one before it", () => {
    const ref = { day: "2025-04-15", from: "publication" as const }; // a Tuesday
    expect(findDates("The delegation would also travel to Bushehr on Wednesday to inspect the site.", ref)[0]?.start).toBe("2025-04-16");
    expect(findDates("The delegation travelled to Bushehr on Wednesday to inspect the site.", ref)[0]?.start).toBe("2025-04-09");
    expect(findDates("Likhachev arrived in Tehran on Monday and said talks will continue.", ref)[0]?.start).toBe("2025-04-14");
  });
});

describe("the end of a year or a month", () => {
  it("gives the year or the month, never the last day", () => {
    const ref = { day: "2025-12-09", from: "publication" as const };
    const first = (s: string) => findDates(s, ref).map((h) => [h.start, h.precision])[0];
    expect(first("At the end of last year, the two governments signed an additional protocol.")).toEqual(["2024", "year"]);
    expect(first("Construction should begin before the end of this year.")).toEqual(["2025", "year"]);
    expect(first("Officials expect it before the end of the month.")).toEqual(["2025-12", "month"]);
  });
});

describe("weekends and days of the month", () => {
  const ref = { day: "2024-08-06", from: "publication" as const }; // a Tuesday
  const first = (s: string, r = ref) => findDates(s, r).map((h) => [h.start, h.end, h.precision])[0];
  it("reads “this past weekend” as the Saturday and Sunday before the report: their month, not the week's", () => {
    expect(first("This past weekend, ships held a drill off Bandar Anzali.")).toEqual(["2024-08", null, "month"]);
    expect(first("Over the weekend the navies exercised together.", { day: "2024-09-10", from: "publication" })).toEqual(["2024-09", null, "month"]);
    // Saturday 31 August and Sunday 1 September.
    expect(first("Over the weekend the navies exercised together.", { day: "2024-09-02", from: "publication" })).toEqual(["2024-08", "2024-09", "month"]);
  });
  it("reads “on the 5th” as the latest 5th up to the report, or the next one in a plan, and not “the 5th floor”", () => {
    expect(first("Indeed, on the 5th the Iranian side notified us.", { day: "2026-03-12", from: "publication" })).toEqual(["2026-03-05", null, "day"]);
    expect(first("On the 20th, the talks began.", { day: "2026-03-12", from: "publication" })).toEqual(["2026-02-20", null, "day"]);
    expect(first("The delegation will arrive on the 2nd.", { day: "2026-03-12", from: "publication" })).toEqual(["2026-04-02", null, "day"]);
    expect(findDates("The office is on the 5th floor.", ref)).toEqual([]);
    expect(first("The ferry sailed from Olya on the 18th on the line's maiden voyage.", { day: "2024-06-27", from: "publication" })).toEqual(["2024-06-18", null, "day"]);
    expect(first("They met on the 5th of June.")).toEqual(["2024-06-05", null, "day"]);
    expect(first("On the 12th of last month, the chiefs of staff spoke by telephone.", { day: "2023-11-29", from: "publication" })).toEqual(["2023-10-12", null, "day"]);
  });
});
