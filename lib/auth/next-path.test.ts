import { describe, expect, it } from "vitest";
import { nextPath } from "./next-path";

describe("nextPath (where sign-in returns to)", () => {
  it("keeps a path on this site", () => {
    expect(nextPath.parse("/entries/new")).toBe("/entries/new");
    expect(nextPath.parse("/entries/x/edit?saved=1")).toBe("/entries/x/edit?saved=1");
  });

  it("never sends the user to another site", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\\\evil.example", "javascript:alert(1)", "", "entries"]) {
      expect(nextPath.parse(bad), bad).toBe("/account");
    }
  });
});
