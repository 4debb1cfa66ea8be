import { describe, expect, it } from "vitest";
import { numberRuns } from "./numbers";

const runs = (q: string) => numberRuns(q.split(" ").map((w) => (w === "_" ? null : w)));

describe("numberRuns", () => {
  it("reads tens, units and teens written as words", () => {
    expect(runs("twenty year treaty")).toEqual([{ start: 0, length: 1, value: "20" }]);
    expect(runs("fifty five billion")).toEqual([{ start: 0, length: 2, value: "55" }]);
    expect(runs("ninety percent")).toEqual([{ start: 0, length: 1, value: "90" }]);
    expect(runs("the eighteen of")).toEqual([{ start: 1, length: 1, value: "18" }]);
  });

  it("reads hundreds, with or without and", () => {
    expect(runs("one hundred and fifty")).toEqual([{ start: 0, length: 4, value: "150" }]);
    expect(runs("two hundred")).toEqual([{ start: 0, length: 2, value: "200" }]);
    expect(runs("a hundred")).toEqual([{ start: 0, length: 2, value: "100" }]);
  });

  it("reads Russian and Persian number words", () => {
    expect(runs("договор двадцать лет")).toEqual([{ start: 1, length: 1, value: "20" }]);
    expect(runs("پیمان بیست و پنج ساله")).toEqual([{ start: 1, length: 3, value: "25" }]);
    expect(runs("بیست ساله")).toEqual([{ start: 0, length: 1, value: "20" }]);
  });

  it("leaves alone a lone one or a, and does not read across a clause that is no plain word", () => {
    expect(runs("one source")).toEqual([]);
    expect(runs("a deal")).toEqual([]);
    expect(runs("fifty _ five")).toEqual([
      { start: 0, length: 1, value: "50" },
      { start: 2, length: 1, value: "5" },
    ]);
  });
});
