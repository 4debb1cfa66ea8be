// Facet counts for the browse page: how many entries each sector, kind and agreement status would
// give with the other filters as they are. Each dimension leaves its own filter out, so a reader
// sees what adding a second sector, or switching kind, would give. Counted by lib/entries/counts.ts
// (from the rollup, or the matches up to the count cap, or a sample past it).
import type { AgreementStatus, EntryKind, Sector } from "./schemas";

export type Facets = {
  sector: Record<Sector, number>;
  kind: Record<EntryKind, number>;
  status: Record<AgreementStatus, number>;
  /** Set when the counts were estimated from a sample (a broad search past the count cap), rounded. */
  approximate?: boolean;
};
