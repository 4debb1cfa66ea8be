import { describe, expect, it } from "vitest";
import { parseQuery } from "./query-syntax";

const words = (...w: string[]) => w.map((word) => ({ terms: [{ kind: "word", word }], quoted: false }));

describe("parseQuery", () => {
  it("reads words, each wanted, the last one still being typed", () => {
    expect(parseQuery("Gas  pipeline")).toEqual({ clauses: words("gas", "pipeline"), excluded: [], lastIsPrefix: true });
    expect(parseQuery("gas pipeline ").lastIsPrefix).toBe(false);
  });

  it("reads Persian digits as digits, dotted acronyms as one word, and an acronym's plural as the acronym", () => {
    expect(parseQuery("میل ۲۸").clauses.map((c) => c.terms[0])).toEqual([{ kind: "word", word: "میل" }, { kind: "word", word: "28" }]);
    expect(parseQuery("B.R.I.C.S. summit").clauses.map((c) => c.terms[0])).toEqual([{ kind: "word", word: "brics" }, { kind: "word", word: "summit" }]);
    expect(parseQuery("U.S. strike").clauses.map((c) => c.terms[0])).toEqual([{ kind: "word", word: "us" }, { kind: "word", word: "strike" }]);
    expect(parseQuery("NPPs UAVs").clauses.map((c) => c.terms[0])).toEqual([{ kind: "word", word: "npp" }, { kind: "word", word: "uav" }]);
    // Not a sentence's full stop, an initial, nor a plural of a word in capitals.
    expect(parseQuery("Iran. Russia").clauses).toHaveLength(2);
    expect(parseQuery("Lloyd J. Austin").clauses.map((c) => c.terms[0])).toEqual(words("lloyd", "j", "austin").map((c) => c.terms[0]));
    expect(parseQuery("GAS PIPELINES").clauses.map((c) => c.terms[0])).toEqual(words("gas", "pipelines").map((c) => c.terms[0]));
  });

  it("reads a Persian word written with a zero-width non-joiner as one joined phrase of its parts", () => {
    expect(parseQuery("نیروگاه هسته\u200cای").clauses.map((c) => c.terms[0])).toEqual([
      { kind: "word", word: "نیروگاه" },
      { kind: "phrase", words: ["هسته", "ای"], joined: true },
    ]);
    // Not a prefix still being typed, and excluded as a phrase.
    expect(parseQuery("خامنه\u200cای").lastIsPrefix).toBe(false);
    expect(parseQuery("ایران -خامنه\u200cای").excluded).toEqual([{ kind: "phrase", words: ["خامنه", "ای"], joined: true }]);
    // A plural ending after the non-joiner is the word's singular.
    expect(parseQuery("تحریم\u200cها پهپاد\u200cهای").clauses.map((c) => c.terms[0])).toEqual([
      { kind: "word", word: "تحریم" },
      { kind: "word", word: "پهپاد" },
    ]);
    // A stray non-joiner at either end of a word is no part of it.
    expect(parseQuery("\u200cایران\u200c").clauses.map((c) => c.terms[0])).toEqual([{ kind: "word", word: "ایران" }]);
  });

  it("keeps a quoted phrase together and does not take it as a prefix", () => {
    const parsed = parseQuery('“golden period” Jalali');
    expect(parsed.clauses[0]).toEqual({ terms: [{ kind: "phrase", words: ["golden", "period"] }], quoted: true });
    expect(parseQuery('"golden period"').lastIsPrefix).toBe(false);
  });

  it("excludes -word and -\"phrase\", but not a dash inside a word or alone", () => {
    const parsed = parseQuery('Pezeshkian -Kazan -"official visit" - Amir-Abdollahian');
    expect(parsed.excluded).toEqual([{ kind: "word", word: "kazan" }, { kind: "phrase", words: ["official", "visit"] }]);
    expect(parsed.clauses.map((c) => c.terms[0])).toEqual([
      { kind: "word", word: "pezeshkian" },
      { kind: "word", word: "amir" },
      { kind: "word", word: "abdollahian" },
    ]);
  });

  it("excludes a word or phrase after NOT, in capitals only", () => {
    const parsed = parseQuery('Pezeshkian NOT Kazan NOT "official visit"');
    expect(parsed.clauses).toEqual(words("pezeshkian"));
    expect(parsed.excluded).toEqual([{ kind: "word", word: "kazan" }, { kind: "phrase", words: ["official", "visit"] }]);
    expect(parsed.lastIsPrefix).toBe(false);
    expect(parseQuery("why not strike").clauses).toEqual(words("why", "not", "strike"));
    // A NOT at the end excludes nothing.
    expect(parseQuery("Kazan NOT")).toEqual({ clauses: words("kazan"), excluded: [], lastIsPrefix: true });
  });

  it("joins the words around OR (or |) into one clause", () => {
    const parsed = parseQuery("drones OR helicopter | \"attack helicopter\" Iran");
    expect(parsed.clauses).toHaveLength(2);
    expect(parsed.clauses[0].terms).toEqual([
      { kind: "word", word: "drones" },
      { kind: "word", word: "helicopter" },
      { kind: "phrase", words: ["attack", "helicopter"] },
    ]);
    // "or" in lower case is a word, as readers mean it.
    expect(parseQuery("gas or oil").clauses).toHaveLength(3);
  });

  it("splits model numbers where letters meet digits, however they are written", () => {
    const su = { terms: [{ kind: "phrase", words: ["su", "35"], joined: true }], quoted: false };
    expect(parseQuery("Su35").clauses).toEqual([su]);
    expect(parseQuery("Su-35").clauses).toEqual([su]);
    expect(parseQuery("Mi-28NE").clauses[0].terms[0]).toEqual({ kind: "phrase", words: ["mi", "28", "ne"], joined: true });
    expect(parseQuery("Su 35").clauses).toEqual(words("su", "35"));
  });

  it("reads Cyrillic and Persian words, Arabic diacritics and tatweel ignored", () => {
    expect(parseQuery("Цивилёв پزشکیان").clauses.map((c) => c.terms[0])).toEqual([
      { kind: "word", word: "цивилёв" },
      { kind: "word", word: "پزشکیان" },
    ]);
    expect(parseQuery("مُحَمَّد").clauses[0].terms[0]).toEqual({ kind: "word", word: "محمد" });
  });

  it("makes nothing of punctuation, stray quotes and dangling operators", () => {
    for (const q of ['"', "-", "OR", "|", "- -", '-"', "!!!", "(&:*)", "'"]) {
      expect(parseQuery(q).clauses, q).toEqual([]);
    }
    expect(parseQuery('"unclosed phrase').clauses[0].terms[0]).toEqual({ kind: "phrase", words: ["unclosed", "phrase"] });
  });
});
