import { describe, expect, it } from "vitest";
import { englishStyleLatin, spellingVariants } from "./spelling";

describe("spellingVariants", () => {
  it("gives an acronym for its plural typed in lowercase, and nothing for a word with vowels", () => {
    expect(spellingVariants("bcms")).toEqual(["bcm"]);
    expect(spellingVariants("npps")).toEqual(["npp"]);
    expect(spellingVariants("tass")).toEqual([]);
    expect(spellingVariants("ms")).toEqual([]);
  });

  it("gives the American spelling of a British word and the British of an American one", () => {
    expect(spellingVariants("defence")).toEqual(["defense"]);
    expect(spellingVariants("defense")).toEqual(["defence"]);
    expect(spellingVariants("destabilise")).toContain("destabilize");
    expect(spellingVariants("destabilizing")).toContain("destabilising");
    expect(spellingVariants("organisation")).toContain("organization");
    expect(spellingVariants("metres")).toContain("meters");
    expect(spellingVariants("kilometers")).toContain("kilometres");
    expect(spellingVariants("centre")).toContain("center");
    expect(spellingVariants("labour")).toContain("labor");
    expect(spellingVariants("harbors")).toContain("harbours");
    expect(spellingVariants("travelled")).toContain("traveled");
    expect(spellingVariants("dialogue")).toContain("dialog");
    expect(spellingVariants("analyse")).toContain("analyze");
    expect(spellingVariants("programme")).toContain("program");
    expect(spellingVariants("manoeuvres")).toContain("maneuvers");
    expect(spellingVariants("maneuver")).toContain("manoeuvre");
  });

  it("leaves words without another spelling alone", () => {
    for (const word of ["iran", "for", "four", "tour", "pipeline", "gas", "bushehr", "treaty", "mi"]) {
      expect(spellingVariants(word)).toEqual([]);
    }
  });
});

describe("englishStyleLatin", () => {
  it("writes French and German transliterations the English way", () => {
    expect(englishStyleLatin("bouchehr")).toBe("bushehr");
    expect(englishStyleLatin("iouchkov")).toBe("yushkov");
    expect(englishStyleLatin("rjabkow")).toBe("ryabkov");
    expect(englishStyleLatin("laridschani")).toBe("larijani");
    expect(englishStyleLatin("djalali")).toBe("jalali");
    expect(englishStyleLatin("tchernov")).toBe("chernov");
    expect(englishStyleLatin("moskwa")).toBe("moskva");
  });

  it("keeps English spellings as they are", () => {
    for (const word of ["bushehr", "yushkov", "ryabkov", "tsivilev", "pezeshkian", "kazan"]) expect(englishStyleLatin(word)).toBe(word);
  });
});
