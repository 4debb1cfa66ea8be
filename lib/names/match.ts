import "server-only";
// The one matcher for names in any spelling or script: actors (ActorName) today, places
// (PlaceName) as they come. The actor pickers and suggestions (/api/v1/actors), the actor filter
// and full-text search, and extraction all call it. A table of spellings is described by a
// SpellingTable, so any "owner has many spellings" table can be matched without new SQL.
//
// A typed name matches a spelling when, after folding (case, accents, Arabic letter forms):
//   - it is the same spelling (exact), or starts it (prefix, for typing);
//   - its Latin form is close to the spelling's Latin form (pg_trgm word similarity): a
//     transliteration the record has not seen ("Tsiviliov"), or another script ("Цивилёв" finds
//     "Tsivilyov"; "Tsivilyov" finds a name recorded only as "Цивилёв").
// Indexes: "<Table>_name_trgm_idx" (lower(record_unaccent(name))) and "<Table>_latin_trgm_idx"
// (record_latin(record_fold(name))), migrations *_search and *_search_vocabulary.
import { Prisma } from "../db/generated/client";
import { prisma } from "../db/client";
import { latinForms, scriptOf } from "./transliterate";

export type SpellingTable = {
  /** table with one spelling per row */
  table: string;
  /** its column naming the owner (the actor, the place) */
  owner: string;
  /** its column holding the spelling */
  name: string;
  /** the owners' table, joined as o, and what makes an owner live (not deleted, not merged away) */
  ownerTable: string;
  ownerLive: string;
};

export const ACTOR_SPELLINGS: SpellingTable = {
  table: "ActorName",
  owner: "actorId",
  name: "name",
  ownerTable: "Actor",
  ownerLive: `o."deletedAt" IS NULL AND o."mergedIntoId" IS NULL`,
};

export type NameMatch = {
  ownerId: string;
  /** the recorded spelling that matched best */
  matched: string;
  exact: boolean;
  prefix: boolean;
  /** 0..1, word similarity of the Latin forms (1 for an exact spelling) */
  score: number;
  /** "script" when the typed name and the matched spelling are in different scripts */
  via: "exact" | "prefix" | "spelling" | "script";
};

const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

/**
 * Owners whose spellings match `typed`, best first: exact spellings, then prefixes, then by
 * similarity. `minScore` is the least word similarity kept (0.6 is pg_trgm's `<%` default).
 */
export async function matchNames(spellings: SpellingTable, typed: string, options: { limit?: number; minScore?: number } = {}): Promise<NameMatch[]> {
  const limit = options.limit ?? 20;
  const minScore = options.minScore ?? 0.6;
  const forms = latinForms(typed);
  if (forms.length === 0 || typed.trim() === "") return [];
  const [first, second = first] = forms;
  const t = ident(spellings.table);
  const n = ident(spellings.name);
  const owner = ident(spellings.owner);
  const rows = await prisma.$queryRaw<{ ownerId: string; matched: string; exact: boolean; prefix: boolean; score: number }[]>(Prisma.sql`
    WITH typed AS (SELECT public.record_fold(${typed}) AS f, lower(public.record_unaccent(${typed})) AS u),
    hits AS (
      SELECT s.${owner} AS owner, s.${n} AS name,
        public.record_fold(s.${n}) = typed.f AS exact,
        public.record_fold(s.${n}) LIKE typed.f || '%' AS prefix,
        greatest(word_similarity(${first}, public.record_latin(public.record_fold(s.${n}))),
                 word_similarity(${second}, public.record_latin(public.record_fold(s.${n})))) AS score
      FROM ${t} s, typed
      WHERE lower(public.record_unaccent(s.${n})) LIKE '%' || typed.u || '%'
         OR ${first} <% public.record_latin(public.record_fold(s.${n}))
         OR ${second} <% public.record_latin(public.record_fold(s.${n}))
    )
    SELECT h.owner AS "ownerId",
      (array_agg(h.name ORDER BY h.exact DESC, h.prefix DESC, h.score DESC))[1] AS matched,
      bool_or(h.exact) AS exact, bool_or(h.prefix) AS prefix,
      (CASE WHEN bool_or(h.exact) THEN 1 ELSE max(h.score) END)::float8 AS score
    FROM hits h JOIN ${ident(spellings.ownerTable)} o ON o."id" = h.owner AND ${Prisma.raw(spellings.ownerLive)}
    GROUP BY h.owner
    HAVING bool_or(h.exact) OR bool_or(h.prefix) OR max(h.score) >= ${minScore}
    ORDER BY bool_or(h.exact) DESC, bool_or(h.prefix) DESC, max(h.score) DESC, h.owner
    LIMIT ${limit}`);
  const typedScript = scriptOf(typed);
  return rows.map((r) => ({
    ...r,
    via: r.exact ? "exact" : r.prefix ? "prefix" : scriptOf(r.matched) !== typedScript ? "script" : "spelling",
  }));
}

/**
 * The owners a name means, for a filter: the exact spelling's owners when there is one, else the
 * best-scoring close ones (so "Ryabkow" means Ryabkov and not every Sergei).
 */
export async function resolveNames(spellings: SpellingTable, typed: string): Promise<string[]> {
  const matches = (await matchNames(spellings, typed, { limit: 20 })).filter((m) => m.exact || m.score >= 0.6);
  const exact = matches.filter((m) => m.exact);
  if (exact.length) return exact.map((m) => m.ownerId);
  if (matches.length === 0) return [];
  const best = Math.max(...matches.map((m) => m.score));
  return matches.filter((m) => m.score >= best - 0.05).map((m) => m.ownerId);
}
