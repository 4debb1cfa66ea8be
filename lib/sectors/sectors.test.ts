import { describe, expect, it } from "vitest";
import { SECTOR_COLOUR_CSS, SECTOR_INFO, SECTORS, sectorWords } from "./sectors";

describe("sectorWords", () => {
  it("writes sectors as a reader reads them, in the order given", () => {
    expect(sectorWords(["defense", "energy"])).toBe("defence, energy");
  });
  it("keeps a word it does not know as it came, and writes nothing for none", () => {
    expect(sectorWords(["space"])).toBe("space");
    expect(sectorWords([])).toBe("");
  });
});

/** WCAG relative luminance of a #rrggbb colour, and the contrast ratio of two. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("sector colours in dark mode", () => {
  it("each shows at 3:1 or more on the dark background (slate-950), with its dark-mode colour where it has one", () => {
    for (const s of SECTORS) {
      const shown = SECTOR_INFO[s].dark ?? SECTOR_INFO[s].colour;
      expect(contrast(shown, "#020617"), s).toBeGreaterThanOrEqual(3);
    }
  });
  it("switches to the dark-mode colour under the dark colour scheme", () => {
    expect(SECTOR_COLOUR_CSS).toContain("--sector-diplomacy:#882255");
    expect(SECTOR_COLOUR_CSS).toMatch(/@media \(prefers-color-scheme: dark\)\{:root\{--sector-diplomacy:#aa4499\}\}/);
  });
});
