import { describe, expect, it } from "vitest";
import { articleMetadata } from "./publication";

describe("publication date at an article's head", () => {
  it("reads a worded date line in any case and with an ordinal day, and drops that line", () => {
    const a = articleMetadata("Gazprom and NIGC sign memorandum\nPosted on March 14th, 2025\n\nMOSCOW, March 14 (Reuters) - Gazprom signed a memorandum on Thursday.");
    expect(a.publishedAt).toBe("2025-03-14");
    expect(a.text).not.toMatch(/Posted on/);
    expect(a.title).toBe("Gazprom and NIGC sign memorandum");
    expect(articleMetadata("Title\nPublished: 15 April 2025\n\nText.").publishedAt).toBe("2025-04-15");
    expect(articleMetadata("Title\nUpdated 24 September 2025\n\nText.").publishedAt).toBe("2025-09-24");
    expect(articleMetadata("Title\nDate: 2025-06-06\n\nText.").publishedAt).toBe("2025-06-06");
    expect(articleMetadata("Title\nPublished 20 November 2025 | Eurasia Programme commentary\n\nText.").publishedAt).toBe("2025-11-20");
  });
  it("reads a wire dateline of two cities", () => {
    expect(articleMetadata("Mir cards start working in Iran\nBy Leila Ahmadi\nTEHRAN/MOSCOW, Feb 4, 2025 (Caspian Wire) - Russian holders of Mir cards can now withdraw cash.").publishedAt).toBe("2025-02-04");
  });
  it("reads a wire dateline that gives the year", () => {
    expect(articleMetadata("Memorandum signed at KazanForum\nPRESS RELEASE\n\nKAZAN, 16 May 2025 — The Russian Export Center signed a memorandum on 15 May.").publishedAt).toBe("2025-05-16");
  });
  it("reads a date line that stands apart at the head: with a weekday, a time, a label, a Solar Hijri twin or at a title's end", () => {
    expect(articleMetadata("Oil minister to visit Moscow\nBy Anna Belova\nSaturday, February 21, 2026\n\nMOSCOW – The minister will travel.").publishedAt).toBe("2026-02-21");
    expect(articleMetadata("Title\nThu 9 Oct 2025 07.00 BST\n\nText.").publishedAt).toBe("2025-10-09");
    expect(articleMetadata("Title\nLong read | 28 January 2026\n\nText.").publishedAt).toBe("2026-01-28");
    expect(articleMetadata("Title\nMarch 3, 2026, 17:40\n\nText.").publishedAt).toBe("2026-03-03");
    expect(articleMetadata("Title\n12 November 2025 | 2104-12-11-2025\n\nText.").publishedAt).toBe("2025-11-12");
    expect(articleMetadata("Title\nIRNA English – Tuesday, 15 Mehr 1404 (7 October 2025)\n\nText.").publishedAt).toBe("2025-10-07");
    expect(articleMetadata("Briefing by the spokeswoman, Moscow, September 10, 2025\n\nQuestion: What of it?").publishedAt).toBe("2025-09-10");
    // A headline that asks a question is still the title, and the date line after it is read.
    const asked = articleMetadata("The long road south: can the corridor finally deliver?\nAnalysis by Rustam Nazarov\nThe Eurasia Ledger, 9 April 2026\n\nFor two decades, the corridor has produced memorandums.");
    expect([asked.title, asked.publishedAt]).toEqual(["The long road south: can the corridor finally deliver?", "2026-04-09"]);
    // A live blog's date line, a sentence of its own before another.
    expect(articleMetadata("Summit, day two – as it happened\nVolga Herald live blog\nWednesday 23 October 2024. All times are Moscow time (GMT+3).\n\n19:40\nWe are closing.").publishedAt).toBe("2024-10-23");
  });
  it("reads a numeric date line day first, and leaves an ambiguous slashed one", () => {
    expect(articleMetadata("Title\n17.11.2026 12:48\n\nText.").publishedAt).toBe("2026-11-17");
    expect(articleMetadata("Title\nParliament reporter | 24/04/2026\n\nText.").publishedAt).toBe("2026-04-24");
    expect(articleMetadata("Title\n04/05/2026\n\nText.").publishedAt).toBeNull();
    // An Iranian outlet's own calendar: 12 Azar 1405.
    expect(articleMetadata("Title\nTasnim | 1405/09/12\n\nText.").publishedAt).toBe("2026-12-03");
  });
  it("never takes a date in a headline's wording for the publication day", () => {
    expect(articleMetadata("Duma ratifies agreement signed on 26 January 2021\n\nThe Duma voted.").publishedAt).toBeNull();
    expect(articleMetadata("Title\nThe treaty was signed on 17 January 2025.\n\nText.").publishedAt).toBeNull();
  });
  it("never takes a month, a dateline without a year or a date in the prose for the publication day", () => {
    expect(articleMetadata("Title\nPublished in March 2025\n\nText.").publishedAt).toBeNull();
    expect(articleMetadata("Title\n\nTEHRAN, April 15. /TASS/. The head of Rosatom arrived on Monday.").publishedAt).toBeNull();
    expect(articleMetadata("Title\n\nIran released a letter dated 12 March 2024 on the talks.").publishedAt).toBeNull();
  });
});
