import "server-only";
// Accepting a card: the article becomes a Source (or is matched to the one the record has), the
// names the analyst chose to add become actors, and the card becomes the entry form's values.
// Nothing else is written: the entry is saved as a draft by the form, as any other.
// Adding a reported step to an agreement goes through updateEntry with the version the card saw.
import { prisma } from "../db/client";
import { createActor } from "../actors/write";
import type { Caller } from "../auth/caller";
import { InvalidRequestError } from "../auth/errors";
import { requireEntryAuthor, requireRole } from "../auth/permissions";
import type { EntryFields } from "../entries/input";
import { updateEntry } from "../entries/write";
import { loadSnapshot } from "../revisions/snapshot";
import { createSource } from "../sources/write";
import { LIFECYCLE } from "./agreements";
import { acceptProposalInput, addStepInput, type ArticleSourceInput } from "./accept-input";
import { matchActorNames } from "./record-names";

type Src = { id: string; title: string };

/** The record's source for this article: by id, by web address, by title and publisher; else null. */
export async function findArticleSource(s: { id?: string | null; url?: string | null; title?: string | null; publisher?: string | null }): Promise<Src | null> {
  const select = { id: true, title: true } as const;
  if (s.id) return prisma.source.findFirst({ where: { id: s.id, deletedAt: null }, select });
  if (s.url) {
    const byUrl = await prisma.source.findFirst({ where: { url: s.url, deletedAt: null }, select });
    if (byUrl) return byUrl;
  }
  if (!s.title) return null;
  return prisma.source.findFirst({
    where: { title: { equals: s.title, mode: "insensitive" }, publisher: s.publisher ? { equals: s.publisher, mode: "insensitive" } : null, deletedAt: null },
    select,
  });
}

async function ensureSource(caller: Caller, s: ArticleSourceInput): Promise<Src & { created: boolean }> {
  const found = await findArticleSource(s);
  if (found) return { ...found, created: false };
  if (s.id) throw new InvalidRequestError("The article's source was deleted meanwhile. Clear the matched source and accept again to add it anew.");
  const created = await createSource(caller, { title: s.title, publisher: s.publisher ?? null, url: s.url ?? null, publishedAt: s.publishedAt ?? null, reliability: null });
  return { id: created.id, title: created.title, created: true };
}

export async function acceptProposal(caller: Caller, input: unknown) {
  requireRole(caller, "analyst");
  const { source: sourceInput, proposal: p } = acceptProposalInput.parse(input);
  const source = await ensureSource(caller, sourceInput);
  // Matched actors must still be there; names to add are matched once more (someone may have added them meanwhile).
  const live = new Map((await prisma.actor.findMany({ where: { id: { in: p.actors.flatMap((a) => (a.matchId ? [a.matchId] : [])) }, deletedAt: null, mergedIntoId: null }, select: { id: true, name: true } })).map((a) => [a.id, a.name]));
  const again = await matchActorNames(p.actors.filter((a) => !a.matchId && a.create).map((a) => a.name));
  const names: Record<string, string> = {};
  const byName = new Map<string, string>();
  for (const a of p.actors) {
    let actorId = a.matchId && live.has(a.matchId) ? a.matchId : (again.get(a.name)?.id ?? null);
    if (actorId) names[actorId] = live.get(actorId) ?? again.get(a.name)!.name;
    if (!actorId && a.create) {
      const created = await createActor(caller, { name: a.name, kind: a.kind, country: a.country, titles: a.title ? [a.title] : [], aliases: [] });
      actorId = created.id;
      names[actorId] = created.name;
    }
    if (actorId) byName.set(a.name, actorId);
  }
  const actors = [...new Map(p.actors.flatMap((a) => (byName.has(a.name) && a.role !== "speaker" ? [{ actorId: byName.get(a.name)!, role: a.role.toLowerCase().replace(/[^a-z _-]/g, "") || "participant" }] : [])).map((a) => [`${a.actorId}/${a.role}`, a])).values()];
  const fields: EntryFields = {
    kind: p.kind,
    title: p.title,
    summary: p.summary,
    date: p.date,
    sectors: p.sectors,
    places: p.places,
    actors,
    citations: [{ sourceId: source.id, quote: p.passage || null, credibility: null }],
    agreement: p.kind === "agreement" && p.agreement ? { ...p.agreement, steps: p.agreement.steps.map((s) => ({ ...s, sourceId: source.id })) } : null,
    statement:
      p.kind === "statement" && p.statement
        ? { speakerId: byName.get(p.statement.speaker) ?? "", quote: p.statement.quote, verbatim: p.statement.verbatim, language: p.statement.language || null, original: null, reportedBy: null }
        : null,
  };
  return { fields, names: { actors: names, sources: { [source.id]: source.title } }, source };
}

export async function addAgreementStep(caller: Caller, input: unknown) {
  requireRole(caller, "analyst");
  const { source: sourceInput, entryId, version, step, passage } = addStepInput.parse(input);
  const entry = await prisma.entry.findUnique({ where: { id: entryId }, select: { createdById: true, state: true } });
  const current = entry ? await prisma.$transaction((tx) => loadSnapshot(tx, entryId)) : null;
  if (!entry || !current) throw new InvalidRequestError("That agreement is no longer in the record.");
  // Check the right to change it before adding the source: a refusal leaves nothing behind.
  requireEntryAuthor(caller, entry);
  if (!current.agreement) throw new InvalidRequestError("That entry is not an agreement; accept the card as a new entry instead.");
  const source = await ensureSource(caller, sourceInput);
  const status = LIFECYCLE.indexOf(step.status) > LIFECYCLE.indexOf(current.agreement.status) ? step.status : current.agreement.status;
  const cited = current.citations.some((c) => c.sourceId === source.id);
  return updateEntry(caller, {
    id: entryId,
    version,
    agreement: { ...current.agreement, status, steps: [...current.agreement.steps, { status: step.status, date: step.date, sourceId: source.id, note: null }] },
    citations: cited ? current.citations : [...current.citations, { sourceId: source.id, quote: passage || null, credibility: null }],
    reason: `Added the ${step.status.replace("_", " ")} step reported in “${source.title}”`.slice(0, 300),
  });
}
