// The timeline of a view too large to draw entry by entry: a table of periods (rows) by sector
// (columns), each cell the number of entries of that sector in that period, shaded by how many,
// and a link to browse exactly those entries. Server-rendered, no script; a real table, so screen
// readers announce period and sector with each count.
import Link from "@/components/ui/link";
import type { CSSProperties } from "react";
import type { Density } from "@/lib/entries/timeline-density";
import { periodWindow } from "@/lib/entries/timeline-density";
import type { EntryListQuery } from "@/lib/entries/schemas";
import { viewSearch } from "@/lib/entries/url-state";
import { SECTOR_INFO, sectorColour } from "@/lib/sectors/sectors";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function periodLabel(period: number, grain: Density["grain"]) {
  return grain === "year" ? String(period) : `${MONTHS[period % 12]} ${Math.floor(period / 12)}`;
}

type Query = Omit<EntryListQuery, "page" | "pageSize" | "sort">;

export function DensityTable({ density, query }: { density: Density; query: Query }) {
  const counts = new Map(density.cells.map((c) => [`${c.period}|${c.sector}`, c.count]));
  const max = Math.max(1, ...density.cells.map((c) => c.count));
  const estimated = density.sampledPercent !== undefined;
  return (
    <div className="overflow-x-auto" data-testid="timeline-density">
      <table className="density w-full border-collapse text-xs tabular-nums">
        <caption className="mb-2 text-left text-sm text-slate-700 dark:text-slate-300">
          Entries per {density.grain} and sector: each count links to those entries. An entry whose date is only a year, or a range,
          counts in every {density.grain} it may cover.
          {estimated && (
            <>
              {" "}
              <strong className="font-semibold">
                Estimated from a sample of {density.sampledPercent! < 1 ? "under 1" : Math.round(density.sampledPercent!)}% of the record:
              </strong>{" "}
              each count is approximate (“–” where the sample held none), and its link lists the exact entries.
            </>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="p-1 text-left font-semibold">
              {density.grain === "year" ? "Year" : "Month"}
            </th>
            {density.sectors.map((s) => (
              <th key={s} scope="col" className="p-1 text-right font-semibold">
                <span aria-hidden className="mr-1 inline-block size-2 rounded-full" style={{ backgroundColor: sectorColour(s) }} />
                {SECTOR_INFO[s].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {density.periods.map((period) => {
            const window = periodWindow(period, density.grain, query);
            return (
              <tr key={period}>
                <th scope="row">
                  {periodLabel(period, density.grain)}
                </th>
                {density.sectors.map((s) => {
                  const n = counts.get(`${period}|${s}`) ?? 0;
                  if (n === 0) {
                    return (
                      <td key={s} className="p-1 text-slate-400">
                        {estimated ? (
                          <>
                            <span aria-hidden>–</span>
                            <span className="sr-only">none in the sample</span>
                          </>
                        ) : (
                          0
                        )}
                      </td>
                    );
                  }
                  const href = `/entries${viewSearch({ ...query, sector: [s], from: window.from, to: window.to, page: 1 }, { keepPage: false })}`;
                  // Shade by the share of the busiest cell; the count stays readable on every shade.
                  const alpha = (0.08 + 0.5 * (n / max)).toFixed(2);
                  return (
                    <td key={s}>
                      <Link href={href} prefetch={false} style={{ "--a": alpha } as CSSProperties}>
                        {estimated ? (
                          <>
                            <span aria-hidden>≈</span>
                            <span className="sr-only">about </span>
                            {n.toLocaleString("en")}
                          </>
                        ) : (
                          n
                        )}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
