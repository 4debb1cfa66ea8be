import { describe, expect, it } from "vitest";
import { textDirection } from "./direction";
import { fold, latinForms, scriptOf, tableLatin } from "./transliterate";

describe("transliteration", () => {
  it("writes Russian names as English-language wires do", () => {
    expect(tableLatin(fold("Сергей Цивилёв"))).toBe("sergey tsivilev");
    expect(tableLatin(fold("Рябков"))).toBe("ryabkov");
    expect(tableLatin(fold("Юшков"))).toBe("yushkov");
    expect(tableLatin(fold("Щукин"))).toBe("shchukin");
  });

  it("writes Persian names close to their Latin spellings", () => {
    expect(tableLatin(fold("پوتین"))).toBe("putin");
    expect(tableLatin(fold("ایران"))).toBe("iran");
    expect(tableLatin(fold("پزشکیان"))).toBe("pzshkian");
  });

  it("folds Arabic letter forms to Persian, and Latin accents off", () => {
    expect(fold("پزشكيان")).toBe("پزشکیان");
    expect(fold("Tsivilëv")).toBe("tsivilev");
    expect(fold("Й")).toBe("й");
  });

  it("offers the package's reading too, and leaves Latin alone", () => {
    expect(latinForms("Путин")).toContain("putin");
    expect(latinForms("Tehran")).toEqual(["tehran"]);
    expect(scriptOf("Тегеран")).toBe("cyrillic");
    expect(scriptOf("تهران")).toBe("persian");
    expect(scriptOf("Tehran")).toBe("latin");
  });
});

describe("textDirection", () => {
  it("reads Persian right to left, in Persian", () => {
    expect(textDirection("همکاری راهبردی")).toEqual({ dir: "rtl", lang: "fa" });
    expect(textDirection("همکاری راهبردی", "fa")).toEqual({ dir: "rtl", lang: "fa" });
  });

  it("leaves Latin text left to right, with its language when recorded", () => {
    expect(textDirection("new chapter", "en")).toEqual({ lang: "en" });
    expect(textDirection("new chapter")).toEqual({});
    expect(textDirection("новая глава")).toEqual({ lang: "ru" });
  });
});
