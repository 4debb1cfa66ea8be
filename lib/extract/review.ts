import "server-only";
// An article's proposals made ready for review: names matched to the record's actors, likely
// duplicates already in the record, and, when the article reports a new step of an agreement the
// record holds (a ratification, say), an offer to add that step to it. The page and the API both
// call reviewArticle; nothing here writes.
import { prisma } from "../db/client";
import { findSimilarEntries, type SimilarEntry } from "../entries/similar";
import { loadSnapshots } from "../revisions/snapshot";
import type { AgreementStatus } from "../entries/schemas";
import { LIFECYCLE } from "./agreements";
import { extractProposals } from "./extract";
import { matchActorNames, matchPlaceNames } from "./record-names";
import type { ExtractResult, Proposal } from "./schemas";

/** How many proposals get a duplicate check: a long report rarely states more facts than this. */
const CHECKED = 40;

export type StepOffer = {
  entry: { id: string; slug: string; title: string; version: number; status: AgreementStatus };
  step: { status: AgreementStatus; date: string | null };
};
export type ReviewedProposal = Proposal & { duplicates: (Omit<SimilarEntry, "dateStart"> & { date: string | null })[]; stepOffer: StepOffer | null };
export type Review = Omit<ExtractResult, "proposals"> & { proposals: ReviewedProposal[] };

/** "the comprehensive strategic partnership treaty": the words that name an agreement, for finding it in the record. */
function agreementName(passage: string): string | null {
  const m = /((?:[\p{L}\d-]+\s+){0,3}(?:treaty|agreement|accord|memorandum of understanding|memorandum|deal|contract|pact|pipeline|corridor|partnership))\b/iu.exec(passage);
  return m ? m[1].replace(/^(?:the|a|an|this|that|its|their)\s+/i, "").trim() : null;
}

async function stepOffers(proposals: ReviewedProposal[]): Promise<void> {
  const agreements = proposals.filter((p) => p.agreement && p.agreement.steps.length);
  if (!agreements.length) return;
  const names = agreements.map((p) => agreementName(p.passage) ?? p.title);
  // Agreements named alike (trigram index on titles), besides those the duplicate check found.
  const byName = await prisma.$queryRaw<{ id: string; name: string }[]>`
    SELECT e."id", q.name FROM unnest(${names}::text[]) AS q(name)
    JOIN LATERAL (
      SELECT e."id" FROM "Entry" e
      WHERE e."kind" = 'agreement' AND e."deletedAt" IS NULL AND lower(q.name) <% lower(e."title")
      ORDER BY word_similarity(lower(q.name), lower(e."title")) DESC LIMIT 3
    ) e ON true`;
  const candidates = new Map<number, string[]>();
  agreements.forEach((p, i) => candidates.set(i, [...new Set([...p.duplicates.map((d) => d.id), ...byName.filter((r) => r.name === names[i]).map((r) => r.id)])]));
  const snapshots = await prisma.$transaction((tx) => loadSnapshots(tx, [...new Set([...candidates.values()].flat())]));
  agreements.forEach((p, i) => {
    for (const id of candidates.get(i) ?? []) {
      const s = snapshots.get(id);
      if (!s || s.kind !== "agreement" || !s.agreement || s.deleted) continue;
      const held = new Set(s.agreement.steps.map((x) => x.status));
      // The furthest step the article reports that the record lacks.
      const missing = p.agreement!.steps.filter((x) => !held.has(x.status)).sort((a, b) => LIFECYCLE.indexOf(b.status) - LIFECYCLE.indexOf(a.status))[0];
      if (!missing) continue;
      p.stepOffer = { entry: { id: s.id, slug: s.slug, title: s.title, version: s.version, status: s.agreement.status }, step: { status: missing.status, date: missing.date } };
      return;
    }
  });
}

export async function reviewArticle(input: { text: string; publishedAt: string | null }): Promise<Review> {
  const result = extractProposals(input.text, { publishedAt: input.publishedAt });
  const names = result.proposals.flatMap((p) => [...p.actors.map((a) => a.name), ...(p.statement ? [p.statement.speaker] : [])]);
  const [matches, places] = await Promise.all([matchActorNames(names), matchPlaceNames(result.proposals.flatMap((p) => p.places))]);
  const proposals: ReviewedProposal[] = result.proposals.map((p) => ({
    ...p,
    // A bare capitalised name the record does not know is more likely a place or a word than an actor.
    actors: p.actors.map((a) => ({ ...a, match: matches.get(a.name) ?? null })).filter((a) => a.match || !a.weak),
    // The record's spelling of a place it holds ("Teheran" → "Tehran"), so the entry links to that Place.
    places: [...new Set(p.places.map((name) => places.get(name) ?? name))],
    duplicates: [],
    stepOffer: null,
  }));
  await Promise.all(
    proposals.slice(0, CHECKED).map(async (p) => {
      const found = await findSimilarEntries({ title: p.title.slice(0, 200), start: p.date.start ?? undefined, actorIds: p.actors.flatMap((a) => (a.match ? [a.match.id] : [])).slice(0, 50) });
      p.duplicates = found.map(({ dateStart, ...d }) => ({ ...d, date: dateStart ? dateStart.toISOString().slice(0, 10) : null }));
    }),
  );
  await stepOffers(proposals);
  return { ...result, proposals };
}
