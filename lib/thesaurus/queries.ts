import "server-only";
import { prisma } from "../db/client";

export type SynonymSetRow = { id: string; terms: string[]; version: number; deleted: boolean };

/** Every set for the /thesaurus page, live ones first, each alphabetically by its first term. */
export async function listSynonymSets(): Promise<SynonymSetRow[]> {
  const rows = await prisma.synonymSet.findMany({ select: { id: true, terms: true, version: true, deletedAt: true } });
  return rows
    .map((r) => ({ id: r.id, terms: r.terms, version: r.version, deleted: r.deletedAt !== null }))
    .sort((a, b) => Number(a.deleted) - Number(b.deleted) || a.terms[0].localeCompare(b.terms[0]));
}
