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
