// Place inputs, shared by the place pages (/places/manage) and the editor mutations.
import { z } from "zod";

export const PLACE_KINDS = ["city", "site", "region", "sea", "country"] as const;

const name = z.string().trim().min(1, "enter a name").max(200, "keep the name under 200 characters");
const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "a two-letter country code such as IR or RU")
  .nullish()
  .or(z.literal("").transform(() => null))
  .transform((v) => v ?? null);
/** A number typed in a form arrives as text; an empty field means "none". */
const coordinate = (min: number, max: number, what: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? null : typeof v === "string" ? Number(v.replace(",", ".")) : v),
    z.number({ error: `${what} is a number` }).min(min, `${what} is between ${min} and ${max}`).max(max, `${what} is between ${min} and ${max}`).nullable(),
  );

export const placeFields = z
  .object({
    /** the canonical spelling readers see */
    name,
    kind: z.enum(PLACE_KINDS),
    country,
    /**
     * Where the coordinates come from: a GeoNames city of the bundled gazetteer (its id), or the
     * latitude and longitude typed by hand. Neither leaves the place unlocated.
     */
    geonameId: z.coerce.number().int().positive().nullish().or(z.literal("").transform(() => null)).transform((v) => v ?? null),
    latitude: coordinate(-90, 90, "the latitude"),
    longitude: coordinate(-180, 180, "the longitude"),
    /** every other spelling, Latin, Cyrillic or Persian */
    spellings: z.array(name).max(50).default([]),
  })
  .refine((p) => (p.latitude === null) === (p.longitude === null), { path: ["longitude"], message: "give both the latitude and the longitude, or neither" });
export type PlaceFields = z.infer<typeof placeFields>;

export const placeCreateInput = placeFields;
export const placeUpdateInput = z.intersection(
  placeFields,
  z.object({
    id: z.string().min(1).max(40),
    /** the version the editor started from: a stale save is refused (no lost updates) */
    version: z.coerce.number().int().min(1),
    reason: z.string().trim().min(1, "say why").max(300),
  }),
);

/** GET /api/v1/places?q=: place suggestions as one types. */
export const placeSuggestQuery = z.object({
  q: z.string().trim().min(1, "type part of a name").max(100, "keep the name under 100 characters").meta({ description: "Part of a place's name, in any spelling" }),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
