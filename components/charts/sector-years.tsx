// Entries per sector per year as small multiples: one row of bars per sector on a shared scale, so
// a reader compares sectors and years at a glance. Server-rendered SVG (d3-scale for the scale),
// no client JavaScript; the exact numbers are in a table beneath.
import Link from "@/components/ui/link";
import { scaleLinear } from "d3-scale";
import { SECTOR_INFO, sectorColour, type Sector } from "@/lib/sectors/sectors";
import type { YearCount } from "@/lib/sectors/queries";
import { formatCount } from "@/lib/site/numbers";

export function yearSpan(rows: YearCount[]): number[] {
  if (rows.length === 0) return [];
  const years = rows.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const ROW = 28;

export function SectorYears({ rows, undated, sectors }: { rows: YearCount[]; undated: number; sectors: readonly Sector[] }) {
  const years = yearSpan(rows);
  if (years.length === 0) return <p className="text-sm">No dated entries yet.</p>;
  const count = new Map(rows.map((r) => [`${r.sector}:${r.year}`, r.count]));
  const totals = sectors.map((s) => ({ sector: s, total: years.reduce((n, y) => n + (count.get(`${s}:${y}`) ?? 0), 0) }));
  const ordered = totals.sort((a, b) => b.total - a.total || a.sector.localeCompare(b.sector));
  const max = Math.max(1, ...rows.map((r) => r.count));
  // Tenths of a unit are finer than a bar's pixels, and keep the page's HTML (and the payload that
  // repeats it) short: the full precision of 216 bars came to about 12 KB of each.
  const scale = scaleLinear().domain([0, max]).range([0, ROW - 4]);
  const y = (n: number) => Math.round(scale(n) * 10) / 10;
  const width = years.length * 10;
  return (
    <figure data-testid="sector-years-chart">
      <div className="grid grid-cols-[6.5rem_1fr_3.5rem] items-end gap-x-2 gap-y-1 text-sm">
        {/* The totals are of dated entries, which a sector's own page outnumbers by its undated ones. */}
        <span className="col-start-3 text-right text-xs text-slate-600 dark:text-slate-400" aria-hidden>
          dated
        </span>
        {ordered.map(({ sector, total }) => (
          <div key={sector} className="contents">
            <Link href={`/sectors/${sector}`} className="link self-center truncate">
              {SECTOR_INFO[sector].label}
            </Link>
            <svg
              viewBox={`0 0 ${width} ${ROW}`}
              preserveAspectRatio="none"
              className="h-7 w-full border-b border-slate-300 dark:border-slate-700"
              role="img"
              aria-label={`${SECTOR_INFO[sector].label}: ${formatCount(total)} dated entries from ${years[0]} to ${years.at(-1)}`}
              style={{ fill: sectorColour(sector) }}
            >
              {years.map((year, i) => {
                const n = count.get(`${sector}:${year}`) ?? 0;
                return n ? (
                  <rect key={year} x={i * 10 + 1} width={8} y={Math.round((ROW - y(n)) * 10) / 10} height={y(n)}>
                    <title>{`${SECTOR_INFO[sector].label}, ${year}: ${formatCount(n)}`}</title>
                  </rect>
                ) : null;
              })}
            </svg>
            <span className="self-center text-right tabular-nums text-slate-600 dark:text-slate-400">{formatCount(total)}</span>
          </div>
        ))}
        <span />
        <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400" aria-hidden>
          <span>{years[0]}</span>
          {years.length > 2 && <span>{years[Math.floor(years.length / 2)]}</span>}
          <span>{years.at(-1)}</span>
        </div>
        <span />
      </div>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Dated entries per year, by the year their date starts; an entry in two sectors counts in both. Bars share one scale
        (tallest: {formatCount(max)}).{undated > 0 && ` ${formatCount(undated)} undated ${undated === 1 ? "entry is" : "entries are"} not shown.`}
      </figcaption>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the numbers</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="text-xs tabular-nums">
            <caption className="sr-only">Dated entries per sector per year</caption>
            <thead>
              <tr>
                <th scope="col" className="px-2 text-left">
                  Sector
                </th>
                {years.map((year) => (
                  <th key={year} scope="col" className="px-1.5 text-right">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ordered.map(({ sector }) => (
                <tr key={sector}>
                  <th scope="row" className="px-2 text-left font-normal">
                    {SECTOR_INFO[sector].label}
                  </th>
                  {years.map((year) => (
                    <td key={year} className="px-1.5 text-right">
                      {formatCount(count.get(`${sector}:${year}`) ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
