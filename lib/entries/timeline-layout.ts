// Places timeline items on a year × month grid: each year is a row, the 12 months its columns.
// An item spans exactly the period it may cover (a day, its month, its year, or its range), as a
// share of the year, and is split across rows when it runs over New Year. Items that would
// overlap go to separate lanes.
import { scaleUtc } from "d3-scale";
import type { TimelineItem } from "./timeline";

export type Placed = { item: TimelineItem; left: number; width: number; lane: number; continues: boolean; continued: boolean };
export type YearRow = { year: number; lanes: number; items: Placed[] };

const MIN_WIDTH = 1.2; // percent: a single day stays visible and clickable

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function layoutTimeline(items: TimelineItem[]): YearRow[] {
  const rows = new Map<number, Placed[]>();
  for (const item of items) {
    const start = utc(item.start);
    const end = utc(item.end);
    for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) {
      const x = scaleUtc().domain([new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))]).range([0, 100]).clamp(true);
      const from = x(start);
      // The end day is included: the bar runs to the end of that day.
      const to = x(new Date(end.getTime() + 86_400_000));
      const width = Math.max(MIN_WIDTH, to - from);
      const placed: Placed = {
        item,
        left: Math.min(from, 100 - width),
        width,
        lane: 0,
        continued: year > start.getUTCFullYear(),
        continues: year < end.getUTCFullYear(),
      };
      rows.set(year, [...(rows.get(year) ?? []), placed]);
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, placed]) => {
      const laneEnds: number[] = [];
      for (const p of placed.sort((a, b) => a.left - b.left || b.width - a.width)) {
        let lane = laneEnds.findIndex((end) => end <= p.left);
        if (lane === -1) lane = laneEnds.length;
        laneEnds[lane] = p.left + p.width + 0.3;
        p.lane = lane;
      }
      return { year, lanes: laneEnds.length, items: placed };
    });
}
