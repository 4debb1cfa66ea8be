// One sector's activity per year: labelled bars with a nice y scale (d3-scale), server-rendered
// SVG that reads without JavaScript. Every bar is also labelled with its number.
import { scaleBand, scaleLinear } from "d3-scale";
import { formatCount } from "@/lib/site/numbers";

const WIDTH = 640;
const HEIGHT = 200;
const M = { top: 18, right: 8, bottom: 22, left: 28 };

export function YearBars({ counts, colour, label }: { counts: { year: number; count: number }[]; colour: string; label: string }) {
  if (counts.length === 0) return <p className="text-sm">No dated entries yet.</p>;
  const x = scaleBand<number>().domain(counts.map((c) => c.year)).range([M.left, WIDTH - M.right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...counts.map((c) => c.count))]).nice().range([HEIGHT - M.bottom, M.top]);
  const ticks = y.ticks(4).filter(Number.isInteger);
  // Label every year when they fit, else every other one.
  const every = counts.length > 16 ? Math.ceil(counts.length / 12) : 1;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-2xl text-slate-600 dark:text-slate-400" role="img" aria-label={label} data-testid="year-bars">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.2} />
          <text x={M.left - 4} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill="currentColor">
            {t}
          </text>
        </g>
      ))}
      {counts.map((c, i) => (
        <g key={c.year}>
          <rect x={x(c.year)} width={x.bandwidth()} y={y(c.count)} height={y(0) - y(c.count)} style={{ fill: colour }}>
            <title>{`${c.year}: ${formatCount(c.count)}`}</title>
          </rect>
          {c.count > 0 && (
            <text x={(x(c.year) ?? 0) + x.bandwidth() / 2} y={y(c.count) - 4} textAnchor="middle" fontSize={11} fill="currentColor">
              {formatCount(c.count)}
            </text>
          )}
          {i % every === 0 && (
            <text x={(x(c.year) ?? 0) + x.bandwidth() / 2} y={HEIGHT - 6} textAnchor="middle" fontSize={11} fill="currentColor">
              {c.year}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
