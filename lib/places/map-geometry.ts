import "server-only";
// The map's geometry, computed on the server: Natural Earth country outlines (world-atlas, 1:110m: about 20 kB of SVG, light enough for a phone)
// turned into GeoJSON by topojson-client and projected with d3-geo onto a fixed frame around Iran,
// Russia west of the Urals, the Caspian and Central Asia. The outlines are projected once per
// process; only the marks change with the filters. Nothing of this is sent to the browser as code.
import { createRequire } from "node:module";
import { geoConicConformal, geoGraticule, geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** The frame: longitudes 22°E–80°E, latitudes 20°N–62°N. */
export const MAP_EXTENT: [[number, number], [number, number]] = [
  [22, 20],
  [80, 62],
];
export const MAP_WIDTH = 800;

// ISO 3166-1 numeric ids of the two countries the record is about, drawn a shade stronger.
const FOCUS = new Set(["364", "643"]);

export type MapGeometry = {
  width: number;
  height: number;
  land: string;
  focus: string;
  borders: string;
  frame: string;
  project: (longitude: number, latitude: number) => [number, number] | null;
};

let cached: MapGeometry | null = null;

export function mapGeometry(): MapGeometry {
  if (cached) return cached;
  const topology = createRequire(import.meta.url)("world-atlas/countries-110m.json") as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  const outline = geoGraticule().extent(MAP_EXTENT).outline();
  // Conformal conic with standard parallels through the frame keeps shapes true at 25°N and 55°N alike.
  const projection: GeoProjection = geoConicConformal().parallels([30, 55]).rotate([-51, 0]).fitWidth(MAP_WIDTH, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.ceil(bottom - top);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  const path = geoPath(projection).digits(1);
  const countries = feature(topology, topology.objects.countries);
  const focus = { type: "FeatureCollection" as const, features: countries.features.filter((f) => FOCUS.has(String(f.id))) };
  cached = {
    width: MAP_WIDTH,
    height,
    land: path(feature(topology, topology.objects.land)) ?? "",
    focus: path(focus) ?? "",
    borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? "",
    frame: path(outline) ?? "",
    project(longitude, latitude) {
      const [w, s] = MAP_EXTENT[0];
      const [e, n] = MAP_EXTENT[1];
      if (longitude < w || longitude > e || latitude < s || latitude > n) return null;
      const point = projection([longitude, latitude]);
      return point ? [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10] : null;
    },
  };
  return cached;
}
