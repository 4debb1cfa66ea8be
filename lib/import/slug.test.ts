import { describe, expect, it } from "vitest";
import { slugify, titleKey } from "./slug";

describe("slugify", () => {
  it("makes a readable permalink from a title", () => {
    expect(slugify("Tsivilyov visits Tehran")).toBe("tsivilyov-visits-tehran");
    expect(slugify("  Russia–Iran 20-year treaty: signed! ")).toBe("russia-iran-20-year-treaty-signed");
    expect(slugify("Tsivilëv in Tehran")).toBe("tsivilev-in-tehran");
  });

  it("still gives a permalink for a title in another script", () => {
    expect(slugify("Визит Цивилёва")).toBe("entry");
  });
});

describe("titleKey", () => {
  it("treats titles differing only in case, accents and punctuation as the same", () => {
    expect(titleKey("Tsivilëv visits Tehran.")).toBe(titleKey("tsivilev  visits tehran"));
    expect(titleKey("Визит в Тегеран")).toBe("визит в тегеран");
  });
});
