import "server-only";
import { prisma } from "../db/client";
import { parsePartialDate } from "../dates/partial-date";
import type { z } from "zod";
import type { similarEntriesQuery } from "./input";

export type SimilarEntry = { id: string; slug: string; title: string; state: string; dateStart: Date | null; datePrecision: string; why: string[]; titleScore: number };

/**
 * Entries that may be the fact an analyst is logging: a title spelled alike or contained in a longer one (trigram index
 * "Entry_title_trgm_idx"), or a shared actor within 45 days of the date. Drafts and entries in
 * review count too: two analysts logging the same article is the commonest duplicate.
 */
export async function findSimilarEntries(query: z.infer<typeof similarEntriesQuery>): Promise<SimilarEntry[]> {
  const title = query.title.length >= 8 ? query.title : null;
  const day = query.start ? parsePartialDate(query.start)?.start ?? null : null;
  if (!title && !(day && query.actorIds.length)) return [];
  const rows = await prisma.$queryRaw<(Omit<SimilarEntry, "why" | "titleScore"> & { titleScore: number; sharedActors: number; closeDate: boolean })[]>`
    SELECT e."id", e."slug", e."title", e."state"::text AS state, e."dateStart", e."datePrecision"::text AS "datePrecision",
      greatest(similarity(lower(e."title"), lower(${title ?? ""})), word_similarity(lower(${title ?? ""}), lower(e."title"))) AS "titleScore",
      (SELECT count(DISTINCT ea."actorId")::int FROM "EntryActor" ea WHERE ea."entryId" = e."id" AND ea."actorId" = ANY(${query.actorIds}::text[])) AS "sharedActors",
      (${day}::date IS NOT NULL AND e."dateStart" IS NOT NULL AND abs(e."dateStart" - ${day}::date) <= 45) AS "closeDate"
    FROM "Entry" e
    WHERE e."deletedAt" IS NULL
      AND e."id" <> ${query.excludeId ?? ""}
      AND (
        (${title}::text IS NOT NULL AND (lower(e."title") % lower(${title ?? ""}) OR lower(${title ?? ""}) <% lower(e."title")))
        OR (${day}::date IS NOT NULL AND e."dateStart" BETWEEN ${day}::date - 45 AND ${day}::date + 45
            AND EXISTS (SELECT 1 FROM "EntryActor" ea WHERE ea."entryId" = e."id" AND ea."actorId" = ANY(${query.actorIds}::text[])))
      )
    ORDER BY "titleScore" DESC, "sharedActors" DESC
    LIMIT 5`;
  return rows.map(({ titleScore, sharedActors, closeDate, ...r }) => ({
    ...r,
    titleScore: Number(titleScore),
    why: [
      titleScore >= 0.3 ? "similar title" : null,
      sharedActors ? `${sharedActors} shared ${sharedActors === 1 ? "actor" : "actors"}` : null,
      closeDate ? "close date" : null,
    ].filter((w): w is string => w !== null),
  }));
}
