// Source inputs, shared by the source form, the entry form's inline "new source" and the API.
import { z } from "zod";
import { text } from "../validation/text";
import { partialDateInput } from "../entries/input";
import { webUrl } from "../links/web-url";

export const RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;

export const sourceFields = z.object({
  title: text().trim().min(1, "enter the title").max(300, "keep the title under 300 characters"),
  publisher: text().trim().max(200).nullish().transform((v) => v || null),
  url: text()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => v || null)
    // The same rule as the pages, feeds and exports (lib/links/web-url.ts) and the database's CHECK.
    .refine((v) => v === null || webUrl(v) !== null, "a web address starting with http:// or https://, without spaces"),
  publishedAt: partialDateInput.nullish().or(z.literal("").transform(() => null)).transform((v) => v ?? null),
  /** Admiralty source reliability A … F, graded by editors */
  reliability: z.enum(RELIABILITY).nullish().transform((v) => v ?? null),
});
export type SourceFields = z.infer<typeof sourceFields>;

export const sourceCreateInput = sourceFields;
/** The version an edit, delete or restore started from (lib/api/row-version.ts). */
const version = z.number({ error: "send the version you started from (the source's `version`)" }).int();
export const sourceUpdateInput = sourceFields.partial().extend({
  id: text().min(1).max(40),
  version,
});
export const sourceSearchQuery = z.object({ q: text().trim().min(1).max(200) });
/** Deleting (reversibly) or restoring a source: editors, with a reason. */
export const sourceDeletionInput = z.object({
  id: text().min(1).max(40),
  reason: text().trim().min(1, "say why").max(300),
  version,
});
export const sourceDeleteInput = sourceDeletionInput;
export const sourceRestoreInput = sourceDeletionInput;
