import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START, splitHighlight } from "./highlight";

describe("splitHighlight", () => {
  it("turns the database's markers into marked and plain runs", () => {
    expect(splitHighlight(`Tsivilev ${MATCH_START}visits${MATCH_END} Tehran`)).toEqual([
      { text: "Tsivilev ", match: false },
      { text: "visits", match: true },
      { text: " Tehran", match: false },
    ]);
  });

  it("keeps text without markers whole, and survives a marker left open", () => {
    expect(splitHighlight("plain <b>text</b>")).toEqual([{ text: "plain <b>text</b>", match: false }]);
    expect(splitHighlight(`${MATCH_START}gas${MATCH_END}${MATCH_START}pipeline`)).toEqual([
      { text: "gas", match: true },
      { text: "pipeline", match: false },
    ]);
  });
});
