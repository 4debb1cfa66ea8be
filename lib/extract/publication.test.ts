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
  it("reads a wire dateline that gives the year", () => {
    expect(articleMetadata("Memorandum signed at KazanForum\nPRESS RELEASE\n\nKAZAN, 16 May 2025 — The Russian Export Center signed a memorandum on 15 May.").publishedAt).toBe("2025-05-16");
  });
  it("never takes a month, a dateline without a year or a date in the prose for the publication day", () => {
    expect(articleMetadata("Title\nPublished in March 2025\n\nText.").publishedAt).toBeNull();
    expect(articleMetadata("Title\n\nTEHRAN, April 15. /TASS/. The head of Rosatom arrived on Monday.").publishedAt).toBeNull();
    expect(articleMetadata("Title\n\nIran released a letter dated 12 March 2024 on the talks.").publishedAt).toBeNull();
  });
});
