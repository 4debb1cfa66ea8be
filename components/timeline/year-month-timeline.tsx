// The timeline: a row per year, its twelve months across. A day-precise entry is a dot on its
// day; a month- or year-precise one is a pale bar over the whole month or year, never a dot on an
// invented day. Colour is the entry's sector. The chart is for the eye (and the mouse); the list
// under it carries the same entries for keyboards and screen readers.
import Link from "@/components/ui/link";
import { formatPartialDate } from "@/lib/dates/partial-date";
import type { TimelineItem } from "@/lib/entries/timeline";
import type { YearRow } from "@/lib/entries/timeline-layout";
import { sectorColour, type Sector } from "@/lib/sectors/sectors";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LANE = 1.25; // rem

export function itemColour(item: TimelineItem, preferred: Sector[] = []): string {
  const sector = item.sectors.find((s) => preferred.includes(s)) ?? item.sectors[0];
  return sectorColour(sector);
}

export function itemDate(item: TimelineItem): string {
  const start = new Date(`${item.start}T00:00:00Z`);
  return formatPartialDate(start, item.precision);
}

export function YearMonthTimeline({ rows, preferred }: { rows: YearRow[]; preferred: Sector[] }) {
  return (
    <div aria-hidden className="select-none" data-testid="timeline-chart">
      <div className="grid grid-cols-[3rem_1fr] text-[0.65rem] text-slate-600 dark:text-slate-400">
        <span />
        <div className="grid grid-cols-12">
          {MONTHS.map((m) => (
            <span key={m} className="text-center">
              <span className="hidden sm:inline">{m}</span>
              <span className="sm:hidden">{m[0]}</span>
            </span>
          ))}
        </div>
      </div>
      {rows.map((row, i) => (
        <div key={row.year}>
        {i > 0 && row.year - rows[i - 1].year > 1 && (
          <p className="border-t border-dashed border-slate-300 py-0.5 pl-12 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {rows[i - 1].year + 1 === row.year - 1 ? row.year - 1 : `${rows[i - 1].year + 1}–${row.year - 1}`}: no dated entries
          </p>
        )}
        <div className="grid grid-cols-[3rem_1fr] border-t border-slate-200 dark:border-slate-800" data-year={row.year}>
          <span className="pt-1 text-sm font-semibold tabular-nums">{row.year}</span>
          <div className="relative" style={{ height: `${Math.max(1, row.lanes) * LANE + 0.5}rem` }}>
            <div className="absolute inset-0 grid grid-cols-12">
              {MONTHS.map((m) => (
                <span key={m} className="border-l border-slate-100 dark:border-slate-900" />
              ))}
            </div>
            {row.items.map((p) => {
              const colour = itemColour(p.item, preferred);
              const dot = p.item.precision === "day";
              return (
                <Link
                  key={`${p.item.slug}-${row.year}`}
                  href={`/entries/${p.item.slug}`}
                  tabIndex={-1}
                  title={`${p.item.title} (${itemDate(p.item)})`}
                  data-precision={p.item.precision}
                  data-slug={p.item.slug}
                  className={`absolute block h-3 hover:ring-2 hover:ring-slate-500 ${dot ? "rounded-full" : "rounded-sm border-2"} ${p.continued ? "rounded-l-none" : ""} ${p.continues ? "rounded-r-none" : ""}`}
                  style={{
                    left: `${p.left}%`,
                    width: dot ? "0.75rem" : `${p.width}%`,
                    top: `${p.lane * LANE + 0.35}rem`,
                    backgroundColor: dot ? colour : `color-mix(in srgb, ${colour} 25%, transparent)`,
                    borderColor: colour,
                    marginLeft: dot ? "-0.375rem" : undefined,
                  }}
                />
              );
            })}
          </div>
        </div>
        </div>
      ))}
    </div>
  );
}
