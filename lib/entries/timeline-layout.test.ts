import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./timeline-layout";
import type { TimelineItem } from "./timeline";

const item = (slug: string, start: string, end: string, precision: TimelineItem["precision"]): TimelineItem => ({
  slug,
  title: slug,
  kind: "event",
  sectors: ["energy"],
  start,
  end,
  precision,
});

describe("layoutTimeline", () => {
  it("spans a month-precise entry over its whole month, never a single day", () => {
    const [row] = layoutTimeline([item("treaty", "2025-01-01", "2025-01-31", "month")]);
    expect(row.year).toBe(2025);
    expect(row.items[0].left).toBe(0);
    expect(row.items[0].width).toBeCloseTo((31 / 365) * 100, 5);
  });

  it("spans a year-precise entry over the whole year row", () => {
    const [row] = layoutTimeline([item("bushehr", "2013-01-01", "2013-12-31", "year")]);
    expect(row.items[0]).toMatchObject({ left: 0, width: 100 });
  });

  it("puts overlapping entries in separate lanes and a later one back in the first", () => {
    const [row] = layoutTimeline([
      item("month", "2026-02-01", "2026-02-28", "month"),
      item("day", "2026-02-18", "2026-02-18", "day"),
      item("later", "2026-06-10", "2026-06-10", "day"),
    ]);
    const lane = Object.fromEntries(row.items.map((p) => [p.item.slug, p.lane]));
    expect(row.lanes).toBe(2);
    expect(lane.month).not.toBe(lane.day);
    expect(lane.later).toBe(0);
  });

  it("splits a range that runs over New Year into both years", () => {
    const rows = layoutTimeline([item("range", "2024-11-01", "2025-02-28", "month")]);
    expect(rows.map((r) => r.year)).toEqual([2024, 2025]);
    expect(rows[0].items[0].continues).toBe(true);
    expect(rows[1].items[0]).toMatchObject({ left: 0, continued: true });
  });
});
