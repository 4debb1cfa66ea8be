// The fixed sectors of the record: their slugs (used in URLs and the API), the words readers see,
// and one colour each for charts and the timeline. Colours are from the Okabe–Ito and Tol
// palettes, chosen to stay distinguishable for colour-blind readers in light and dark mode. A colour
// too dark to see on the dark background (under 3:1 against it) has a dark-mode one beside it.
import { SECTORS, type Sector } from "../entries/schemas";

export { SECTORS, type Sector };

export const SECTOR_INFO: Record<Sector, { label: string; colour: string; dark?: string; about: string }> = {
  defense: { label: "Defence", colour: "#d55e00", about: "arms deliveries, military exercises and defence cooperation" },
  energy: { label: "Energy", colour: "#e69f00", about: "oil, gas, pipelines and power generation" },
  nuclear: { label: "Nuclear", colour: "#cc79a7", about: "nuclear power plants, fuel and nuclear diplomacy" },
  trade: { label: "Trade", colour: "#009e73", about: "tariffs, trade agreements and trade volumes" },
  finance: { label: "Finance", colour: "#56b4e9", about: "payment systems, banking and sanctions workarounds" },
  transport: { label: "Transport", colour: "#0072b2", about: "corridors, railways and shipping" },
  // Tol's wine is 1.9:1 on the dark background; his purple, 3.8:1.
  diplomacy: { label: "Diplomacy", colour: "#882255", dark: "#aa4499", about: "visits, summits, treaties and statements" },
  technology: { label: "Technology", colour: "#999933", about: "space, drones, industry and technology transfer" },
};

/** A sector's colour as CSS: light or dark with the reader's colour scheme (SECTOR_COLOUR_CSS defines it). */
export const sectorColour = (sector: Sector) => `var(--sector-${sector})`;

/** The custom properties behind sectorColour, for the root layout. */
export const SECTOR_COLOUR_CSS = [
  `:root{${SECTORS.map((s) => `--sector-${s}:${SECTOR_INFO[s].colour}`).join(";")}}`,
  `@media (prefers-color-scheme: dark){:root{${SECTORS.filter((s) => SECTOR_INFO[s].dark).map((s) => `--sector-${s}:${SECTOR_INFO[s].dark}`).join(";")}}}`,
].join("");

/** Sectors as a reader reads them in a sentence: "defence, energy". */
export const sectorWords = (sectors: readonly string[]) =>
  sectors.map((s) => (isSector(s) ? SECTOR_INFO[s].label.toLowerCase() : s)).join(", ");

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

export const STATUS_LABEL = {
  proposed: "Proposed",
  negotiating: "Negotiating",
  signed: "Signed",
  ratified: "Ratified",
  in_force: "In force",
  suspended: "Suspended",
  expired: "Expired",
  terminated: "Terminated",
} as const;

export const KIND_LABEL = { event: "Event", agreement: "Agreement", statement: "Statement" } as const;
export const KIND_PLURAL = { event: "Events", agreement: "Agreements", statement: "Statements" } as const;
