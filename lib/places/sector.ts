import { SECTORS, type Sector } from "../entries/schemas";

/** The sector a place's mark shows: the most frequent, preferring the reader's chosen sectors; ties go to the sectors' fixed order. */
export function dominantSectorOf(counts: Partial<Record<Sector, number>>, preferred: Sector[] = []): Sector {
  const pool = preferred.some((s) => counts[s]) ? preferred : SECTORS;
  return [...pool].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || SECTORS.indexOf(a) - SECTORS.indexOf(b))[0];
}
