import { describe, expect, it } from "vitest";
import { extractProposals } from "./extract";
import { occasionOf } from "./occasions";

const dated = (text: string, publishedAt: string) => extractProposals(text, { publishedAt }).proposals.map((p) => `${p.kind} ${p.date.start}`);

describe("the occasion a statement was made at", () => {
  it("finds the occasion outside what was said", () => {
    expect(occasionOf("Murashko told reporters after the signing.")?.families).toContain("instrument");
    expect(occasionOf("After the meeting, Kremlin spokesman Dmitry Peskov said Russia was ready.")?.word).toBe("meeting");
    expect(occasionOf(`Lavrov said "the meeting was useful".`)).toBeNull();
  });
  it("dates a statement by the day of the occasion told before, and the next remark in the paragraph with it", () => {
    const text = "Russian President Vladimir Putin received Iranian Foreign Minister Abbas Araghchi in the Kremlin on Monday.\n\nAfter the meeting, Kremlin spokesman Dmitry Peskov said Russia was ready to offer its mediation. Peskov added that Russia had already condemned the strikes firmly.";
    expect(dated(text, "2025-06-24")).toEqual(["event 2025-06-23", "statement 2025-06-23"]);
  });
  it("leaves a statement at the month when the occasion has no day", () => {
    expect(dated("Putin met Araghchi in Moscow.\n\nAfter the meeting, Kremlin spokesman Dmitry Peskov said Russia was ready to offer its mediation.", "2025-06-24")).toEqual(["event 2025-06", "statement 2025-06"]);
  });
});

describe("lists and releases about one occasion", () => {
  const release = "Press release on consultations between Sergey Ryabkov and Kazem Gharibabadi\n12 November 2025\n\nOn 11 November, Deputy Foreign Minister Sergey Ryabkov held consultations in Moscow with Deputy Foreign Minister of Iran Kazem Gharibabadi.\n\nFollowing the consultations, the parties:\n\n1. signed a Protocol on consultations on international legal issues for 2026–2028;\n\n2. agreed to coordinate their approaches ahead of the meeting of the IAEA Board of Governors in March 2026;\n\n3. agreed to hold the next round of consultations in Tehran in the first half of 2026.\n\nSergey Ryabkov stressed that the Russian side considers that Resolution 2231 expired on 18 October 2025.";
  it("reads each numbered item as the end of its lead-in's sentence, dated by the occasion it follows", () => {
    const ps = extractProposals(release, { publishedAt: "2025-11-12" }).proposals;
    expect(ps.map((p) => `${p.kind} ${p.date.start}`)).toEqual(["event 2025-11-11", "agreement 2025-11-11", "statement 2025-11-11"]);
    expect(ps[1].passage).toContain("signed a Protocol");
  });
  it("dates what a release about one occasion reports to that occasion's day, not to a date in what was said", () => {
    const ps = extractProposals(release, { publishedAt: "2025-11-12" }).proposals;
    expect(ps[2].statement?.speaker).toBe("Sergey Ryabkov");
  });
});

describe("the two ministers", () => {
  it("dates what “the two ministers” did without a date of its own to the occasion just told, and what was said after it", () => {
    const text = "Iran's Minister of Roads Farzaneh Sadegh and Russian Transport Minister Roman Starovoit agreed on the 5th of June a timetable for the construction of the Rasht–Astara railway.\n\nThe two ministers met in Tehran on the sidelines of the joint transport working group.\n\nSadegh told reporters after the meeting that more than 90 percent of the land had been acquired.";
    expect(dated(text, "2025-06-06")).toEqual(["agreement 2025-06-05", "event 2025-06-05", "statement 2025-06-05"]);
  });
  it("leaves it to the month when nothing before has a day", () => {
    expect(dated("The two ministers met in Tehran on the sidelines of the joint transport working group.", "2025-06-06")).toEqual(["event 2025-06"]);
  });
});

describe("a bulleted list opened at the end of a paragraph", () => {
  it("reads the paragraph's prose, and each item as the end of its lead-in sentence", () => {
    const text = "The foreign ministers of Russia and Iran held talks in Moscow on 3 December 2026. Following the talks, the sides:\n\n- signed a memorandum on countering unilateral coercive measures;\n- reaffirmed their commitment to the comprehensive strategic partnership treaty.";
    expect(dated(text, "2026-12-04")).toEqual(["event 2026-12-03", "agreement 2026-12-03", "statement 2026-12-03"]);
  });
});

describe("which occasion, and its date", () => {
  it("takes the occasion just told with the date the text gave it, even a month, and a closing session's last day", () => {
    const text = "The commission held its 19th meeting in Tehran on 9–10 August.\n\nEnergy Minister Sergei Tsivilyov said at the closing session that Russia saw great potential in the electricity sector.\n\nThe commission's previous meeting was held in Moscow in December 2024. At that meeting, the parties signed a memorandum on cooperation in the oil industry.\n\nThe next meeting of the commission will be held in Russia in 2026.";
    expect(dated(text, "2025-08-11")).toEqual(["event 2025-08-09", "statement 2025-08-10", "event 2024-12", "agreement 2024-12"]);
  });
  it("does not date a fact by a relative clause about someone in it, nor by a length of time", () => {
    expect(dated("Sergei Tsivilyov, who became energy minister in May 2024, arrived in Tehran on Saturday morning.", "2025-08-11")).toEqual(["event 2025-08-09"]);
    expect(dated("Russia and Iran signed an agreement on medicines. The document is valid for five years.", "2025-06-12")).toEqual(["agreement 2025-06"]);
  });
});
