// The map of /map: an SVG drawn entirely on the server. Each mark is a link to its place's page,
// sized by the number of matching entries (area, not radius, grows with the count) and shaped and
// coloured by its main sector. The table beside it carries the same numbers in text.
import { scaleSqrt } from "d3-scale";
import type { MapGeometry } from "@/lib/places/map-geometry";
import { placeLabels, type PlacedLabel } from "@/lib/places/map-labels";
import type { MapPlace } from "@/lib/places/queries";
import { SECTOR_SHAPE } from "@/lib/places/symbols";
import { SECTOR_INFO, sectorColour } from "@/lib/sectors/sectors";
import { formatCount } from "@/lib/site/numbers";

export type PlacedMark = MapPlace & { x: number; y: number };

/** A tenth of a map unit is finer than a pixel at any width the page is shown at. */
const round = (n: number) => Math.round(n * 10) / 10;

/** The names' type size in map units: 12 reads as about 11 px beside the filters, 24 as 10 px on a phone. */
const WIDE_FONT = 12;
const NARROW_FONT = 24;

type Props = { geometry: MapGeometry; marks: PlacedMark[]; placeHref: (slug: string) => string; estimated?: boolean };

export function PlaceMap({ geometry, marks, placeHref, estimated = false }: Props) {
  const max = Math.max(1, ...marks.map((m) => m.entries));
  const radius = scaleSqrt().domain([0, max]).range([0, 22]);
  const r = (n: number) => Math.max(5, radius(n));
  // Large marks first, so small ones stay on top and clickable.
  const ordered = [...marks].sort((a, b) => b.entries - a.entries);
  // Names that cover no other name or mark: one set for wide screens and one, in larger type, for a
  // phone, where the map is shown at under half its size (globals.css shows one or the other).
  // A shape reaches up to 1.4 × its radius (the star, lib/places/symbols.ts), plus its outline.
  const inputs = marks.map((m) => ({ key: m.slug, x: m.x, y: m.y, r: r(m.entries) * 1.4 + 1, name: m.name }));
  const wide = placeLabels(inputs, geometry, WIDE_FONT);
  const narrow = placeLabels(inputs, geometry, NARROW_FONT);
  const name = (m: PlacedMark, at: PlacedLabel | undefined, className: string) =>
    at && (
      <text x={round(at.x - m.x)} y={round(at.y - m.y)} textAnchor={at.anchor} className={className}>
        {m.name}
      </text>
    );
  return (
    <svg
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      className="h-auto w-full rounded border border-slate-200 bg-sky-50 dark:border-slate-800 dark:bg-slate-900"
      role="group"
      aria-label="Map of the places matching entries name; the table below gives the same numbers"
      data-testid="place-map"
    >
      <path d={geometry.land} className="fill-stone-100 dark:fill-slate-700" />
      <path d={geometry.focus} className="fill-stone-200 dark:fill-slate-600" />
      <path d={geometry.borders} className="fill-none stroke-stone-400 dark:stroke-slate-400" strokeWidth={0.6} />
      <path d={geometry.frame} className="fill-none stroke-slate-300 dark:stroke-slate-700" />
      {ordered.map((m) => {
        const sector = SECTOR_INFO[m.sector];
        const count = estimated ? `about ${formatCount(m.entries)} entries` : `${formatCount(m.entries)} ${m.entries === 1 ? "entry" : "entries"}`;
        const label = `${m.name}: ${count}, mostly ${sector.label.toLowerCase()}`;
        return (
          <a key={m.slug} href={placeHref(m.slug)} aria-label={label} data-testid="map-mark" data-place={m.slug} data-count={m.entries} className="group">
            <title>{label}</title>
            <g transform={`translate(${round(m.x)},${round(m.y)})`}>
              <path
                d={SECTOR_SHAPE[m.sector].path(r(m.entries))}
                style={{ fill: sectorColour(m.sector) }}
                fillOpacity={0.85}
                className="map-mark-shape"
                strokeWidth={1.5}
              />
              {name(m, wide.get(m.slug), "map-mark-label")}
              {name(m, narrow.get(m.slug), "map-mark-label-narrow")}
            </g>
          </a>
        );
      })}
    </svg>
  );
}

/** The legend: each sector's shape and colour with its name, so neither is needed alone. */
export function MapLegend({ sectors }: { sectors: (keyof typeof SECTOR_INFO)[] }) {
  return (
    <ul aria-label="What the marks mean" className="flex flex-wrap gap-x-4 gap-y-1 text-xs" data-testid="map-legend">
      {sectors.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <svg aria-hidden width="14" height="14" viewBox="-7 -7 14 14">
            <path d={SECTOR_SHAPE[s].path(5)} style={{ fill: sectorColour(s) }} />
          </svg>
          {SECTOR_INFO[s].label} ({SECTOR_SHAPE[s].name})
        </li>
      ))}
      <li className="text-slate-600 dark:text-slate-400">A mark&apos;s size grows with its number of entries; its shape and colour give its main sector.</li>
    </ul>
  );
}
