// Synonym set inputs, shared by the /thesaurus page and the mutation route (lib/actions/mutations.ts).
import { z } from "zod";

/**
 * The terms of a set: a list, or text with one term per line (commas separate too). Each is a word
 * or a phrase; duplicates (ignoring case) are dropped; a set needs two different terms.
 */
export const synonymTerms = z
  .union([z.array(z.string()), z.string()])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\n,;]+/)))
  .transform((terms) => {
    const seen = new Set<string>();
    return terms
      .map((t) => t.normalize("NFC").replace(/\s+/g, " ").trim())
      .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  })
  .pipe(
    z
      .array(
        z
          .string()
          .max(80, "keep each term under 80 characters")
          .regex(/[\p{L}\p{N}]/u, "each term needs a letter or a digit"),
      )
      .min(2, "give at least two different terms, one per line")
      .max(20, "keep a set to 20 terms; split it into sets that mean one thing each"),
  );

const id = z.string().min(1).max(40);

export const synonymCreateInput = z.object({ terms: synonymTerms });
export const synonymUpdateInput = z.object({ id, terms: synonymTerms, version: z.number().int().min(1) });
/** Deleting (reversibly) or restoring a set. */
export const synonymDeleteInput = z.object({ id, version: z.number().int().min(1) });
export const synonymRestoreInput = z.object({ id });
