import { describe, expect, it } from "vitest";
import { extractProposals } from "./extract";
import { sameDayParagraphs } from "./genre";
import { splitSentences } from "./sentences";

const dates = (text: string, publishedAt: string) => extractProposals(text, { publishedAt }).proposals.map((p) => `${p.kind} ${p.date.start}`);

describe("texts whose undated news is of their own day", () => {
  it("dates a readout titled by its occasion to the day it gives", () => {
    const readout = "Telephone conversation with President of Iran Masoud Pezeshkian\nMarch 3, 2026, 17:40\n\nVladimir Putin had a telephone conversation with President of Iran Masoud Pezeshkian.";
    expect(dates(readout, "2026-03-03")).toEqual(["event 2026-03-03"]);
    // A headline that tells news is an ordinary report: the month only.
    expect(dates(readout.replace("Telephone conversation with", "Putin calls"), "2026-03-03")).toEqual(["event 2026-03"]);
  });
  it("never dates by a day the text does not give", () => {
    const readout = "Telephone conversation with President of Iran Masoud Pezeshkian\n\nVladimir Putin had a telephone conversation with President of Iran Masoud Pezeshkian.";
    expect(dates(readout, "2026-03-03")).toEqual(["event 2026-03"]);
  });
  it("dates a live blog's time-stamped entries to the blog's day, not its background notes", () => {
    const blog = "Live: forum in Astrakhan\n\nLeaders are meeting today.\n\n17:50\nRussian Prime Minister Mikhail Mishustin held talks with Iran's First Vice President Mohammad Reza Aref.\n\n16:05\nThe ports of Astrakhan and Anzali have signed an agreement on a container line.\n\nBackground: Russian Prime Minister Mikhail Mishustin visited Tehran and held talks with officials.";
    expect(sameDayParagraphs(splitSentences(blog))?.paragraphs).toEqual(new Set([3, 5]));
    expect(dates(blog, "2025-09-24")).toEqual(["event 2025-09-24", "event 2025-09-24", "agreement 2025-09-24", "event 2025-09"]);
  });
});
