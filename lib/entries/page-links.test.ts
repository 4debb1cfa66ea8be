import { describe, expect, it } from "vitest";
import { pageLinks } from "./page-links";

describe("pageLinks", () => {
  it("offers the first, the last and the neighbours of an exact total's page", () => {
    expect(pageLinks({ page: 5, pageSize: 20, total: 1_000, estimated: false, shown: 20 })).toEqual({
      pages: [1, 4, 5, 6, 50],
      more: false,
      newer: true,
      newerPage: 4,
      older: true,
      label: "Page 5 of 50",
    });
    expect(pageLinks({ page: 50, pageSize: 20, total: 1_000, estimated: false, shown: 20 })).toMatchObject({ pages: [1, 49, 50], older: false });
    // From past the end, "newer" leads back to the last page.
    expect(pageLinks({ page: 80, pageSize: 20, total: 1_000, estimated: false, shown: 0 })).toMatchObject({ pages: [1, 50], newerPage: 50, older: false });
  });

  it("offers no last page for an estimated total, and goes on while pages are full", () => {
    // "about 129,000 entries": page 6,450 may be past the end or short of it.
    const third = pageLinks({ page: 3, pageSize: 20, total: 129_000, estimated: true, shown: 20 });
    expect(third).toEqual({ pages: [1, 2, 3, 4], more: true, newer: true, newerPage: 2, older: true, label: "Page 3 of about 6,450" });
    // Past the estimate, a full page still leads on; a short page is the last.
    expect(pageLinks({ page: 6_451, pageSize: 20, total: 129_000, estimated: true, shown: 20 })).toMatchObject({ pages: [1, 6_450, 6_451, 6_452], older: true });
    expect(pageLinks({ page: 6_452, pageSize: 20, total: 129_000, estimated: true, shown: 7 })).toMatchObject({ pages: [1, 6_451, 6_452], more: false, older: false });
  });
});
