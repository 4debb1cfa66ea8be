import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes a readable permalink from any title", () => {
    expect(slugify("Tsivilyov visits Tehran: talks on energy, trade & transport")).toBe("tsivilyov-visits-tehran-talks-on-energy-trade-transport");
    expect(slugify("Pezeshkian’s visit to Moscow")).toBe("pezeshkian-s-visit-to-moscow");
    expect(slugify("Ріабков")).toBe("entry");
  });

  it("never takes the name of an editor page", () => {
    expect(slugify("New")).toBe("new-entry");
    expect(slugify("Deleted")).toBe("deleted-entry");
  });

  it("stays under 80 characters without a trailing hyphen", () => {
    const slug = slugify("a ".repeat(30) + "very long title about a gas pipeline via Azerbaijan and Armenia");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});
