import "server-only";
// Loads the initial record (prisma/seed/record.json) into the database. Idempotent: what already
// exists (by slug or source id) is left as it is, so editors' corrections survive a second run,
// and only what is missing is added.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../../lib/db/generated/client";
import { lastDayOf, parsePartialDate, type PartialDate } from "../../lib/dates/partial-date";
import { refreshSearchNames } from "../../lib/entries/search-names";
import { gazetteerCity } from "../../lib/places/gazetteer";
import { linkPlaces } from "../../lib/places/link";
import { scriptOf } from "../../lib/places/script";
import { z } from "zod";
import { seedFile, type SeedFile } from "./schema";

export const RECORD_FILE = path.resolve(process.cwd(), "prisma", "seed", "record.json");
/** The search thesaurus's starter sets: one array of terms per set. */
export const THESAURUS_FILE = path.resolve(process.cwd(), "prisma", "seed", "thesaurus.json");

export function readThesaurus(file = THESAURUS_FILE): string[][] {
  return z.array(z.array(z.string().min(1)).min(2)).parse(JSON.parse(readFileSync(file, "utf8")));
}

export function readRecord(file = RECORD_FILE): SeedFile {
  return seedFile.parse(JSON.parse(readFileSync(file, "utf8")));
}

function dateFields(date: { start: string | null; end: string | null }) {
  const start = date.start ? (parsePartialDate(date.start) as PartialDate) : null;
  const end = date.end ? (parsePartialDate(date.end) as PartialDate) : null;
  return {
    dateStart: start?.start ?? null,
    dateEnd: end?.start ?? null,
    periodEnd: end ? lastDayOf(end) : start ? lastDayOf(start) : null,
    datePrecision: start?.precision ?? ("unknown" as const),
  };
}

export type SeedResult = { entries: number; actors: number; sources: number; places: number; synonymSets: number };

export async function seedDatabase(prisma: PrismaClient, record: SeedFile = readRecord()): Promise<SeedResult> {
  return prisma.$transaction(
    async (tx) => {
      const created: SeedResult = { entries: 0, actors: 0, sources: 0, places: 0, synonymSets: 0 };

      // The thesaurus's starter sets, once: sets editors deleted or changed are not brought back.
      if ((await tx.synonymSet.count()) === 0) {
        created.synonymSets = (await tx.synonymSet.createMany({ data: readThesaurus().map((terms) => ({ terms })) })).count;
      }

      for (const source of record.sources) {
        const published = source.publishedAt ? parsePartialDate(source.publishedAt) : null;
        const exists = await tx.source.findUnique({ where: { id: source.id }, select: { id: true } });
        if (exists) continue;
        await tx.source.create({
          data: {
            id: source.id,
            title: source.title,
            publisher: source.publisher,
            url: source.url,
            publishedAt: published?.start ?? null,
            publishedPrecision: published?.precision ?? "unknown",
            reliability: source.reliability,
          },
        });
        created.sources++;
      }

      const actorIds = new Map<string, string>();
      for (const actor of record.actors) {
        const spellings = [...new Set([actor.name, ...actor.aliases])];
        const existing = await tx.actor.findUnique({ where: { slug: actor.slug }, select: { id: true } });
        if (existing) {
          actorIds.set(actor.slug, existing.id);
          await tx.actorName.createMany({
            data: spellings.map((name) => ({ actorId: existing.id, name })),
            skipDuplicates: true,
          });
          continue;
        }
        const row = await tx.actor.create({
          data: {
            slug: actor.slug,
            name: actor.name,
            kind: actor.kind,
            country: actor.country,
            titles: actor.titles,
            names: { create: spellings.map((name) => ({ name })) },
          },
        });
        actorIds.set(actor.slug, row.id);
        created.actors++;
      }

      // Places: a known one only gains the spellings it lacks (its coordinates may have been corrected).
      for (const place of record.places) {
        const spellings = [...new Set([place.name, ...place.spellings])].map((name) => ({ name, script: scriptOf(name) }));
        const existing = await tx.place.findUnique({ where: { slug: place.slug }, select: { id: true } });
        if (existing) {
          await tx.placeName.createMany({ data: spellings.map((s) => ({ placeId: existing.id, ...s })), skipDuplicates: true });
          continue;
        }
        const city = place.geonameId ? gazetteerCity(place.geonameId) : null;
        if (place.geonameId && !city) throw new Error(`${place.slug}: GeoNames id ${place.geonameId} is not in the gazetteer`);
        await tx.place.create({
          data: {
            slug: place.slug,
            name: place.name,
            kind: place.kind,
            country: place.country,
            latitude: city?.latitude ?? place.coordinates!.latitude,
            longitude: city?.longitude ?? place.coordinates!.longitude,
            coordinateSource: city ? "gazetteer" : "hand",
            geonameId: place.geonameId,
            names: { create: spellings },
          },
        });
        created.places++;
      }

      const entryIds = new Map<string, string>();
      const newEntries: SeedFile["entries"] = [];
      for (const entry of record.entries) {
        const existing = await tx.entry.findUnique({ where: { slug: entry.slug }, select: { id: true } });
        if (existing) {
          entryIds.set(entry.slug, existing.id);
          continue;
        }
        const row = await tx.entry.create({
          data: {
            slug: entry.slug,
            kind: entry.kind,
            title: entry.title,
            summary: entry.summary,
            ...dateFields(entry.date),
            sectors: entry.sectors,
            status: entry.agreement?.status ?? null,
            durationYears: entry.agreement?.durationYears ?? null,
            figures: entry.agreement?.figures ?? [],
            speakerId: entry.statement ? actorIds.get(entry.statement.speaker) : null,
            quote: entry.statement?.quote ?? null,
            quoteVerbatim: entry.statement?.verbatim ?? false,
            quoteLanguage: entry.statement?.language ?? null,
            quoteOriginal: entry.statement?.original ?? null,
            reportedBy: entry.statement?.reportedBy ?? null,
            state: "published",
            actors: {
              create: uniqueBy(entry.actors, (a) => `${a.actor}|${a.role}`).map((a) => ({
                actorId: actorIds.get(a.actor)!,
                role: a.role,
              })),
            },
            citations: {
              create: entry.citations.map((c, position) => ({
                sourceId: c.source,
                quote: c.quote,
                credibility: c.credibility,
                position,
              })),
            },
            steps: {
              create: (entry.agreement?.steps ?? []).map((step, position) => {
                const date = step.date ? parsePartialDate(step.date) : null;
                return {
                  status: step.status,
                  dateStart: date?.start ?? null,
                  datePrecision: date?.precision ?? "unknown",
                  sourceId: step.source,
                  note: step.note,
                  position,
                };
              }),
            },
          },
        });
        await linkPlaces(tx, row.id, entry.places);
        entryIds.set(entry.slug, row.id);
        newEntries.push(entry);
        created.entries++;
      }

      // Links once every entry exists, since they may point forward in the file.
      for (const entry of newEntries) {
        if (entry.links.length === 0) continue;
        await tx.entryLink.createMany({
          data: entry.links.map((link) => ({ fromId: entryIds.get(entry.slug)!, toId: entryIds.get(link.to)!, type: link.type })),
          skipDuplicates: true,
        });
      }
      await refreshSearchNames(tx, [...entryIds.values()]);
      return created;
    },
    { timeout: 60_000 },
  );
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
