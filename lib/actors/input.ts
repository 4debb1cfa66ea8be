// Actor inputs, shared by the actor form, the inline "new actor" in the entry form and the API.
import { z } from "zod";
import { text } from "../validation/text";

const name = text().trim().min(1, "enter a name").max(200, "keep the name under 200 characters");

const titles = z.array(text().trim().min(1).max(200)).max(20);
/** every other spelling: transliterations, the name in Persian or Russian */
const aliases = z.array(name).max(50);

export const actorFields = z.object({
  /** the canonical spelling readers see */
  name,
  kind: z.enum(["person", "organisation", "state"]),
  country: text()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "a two-letter country code such as IR or RU")
    .nullish()
    .or(z.literal("").transform(() => null))
    .transform((v) => v ?? null),
  titles: titles.default([]),
  aliases: aliases.default([]),
});
export type ActorFields = z.infer<typeof actorFields>;

export const actorCreateInput = actorFields;
/** The version an edit, delete or restore started from (lib/api/row-version.ts). */
const version = z.number({ error: "send the version you started from (the actor's `version`)" }).int();
// An edit changes only what it names: a field left out keeps its value (no defaults here, or a
// change of country would empty the titles and spellings).
export const actorUpdateInput = actorFields.extend({ titles, aliases }).partial().extend({
  id: text().min(1).max(40),
  reason: text().trim().min(1, "say why").max(300),
  version,
});
export const actorMergeInput = z
  .object({ fromId: text().min(1, "choose the duplicate").max(40), intoId: text().min(1, "choose the actor to keep").max(40), reason: text().trim().min(1, "say why").max(300) })
  .refine((v) => v.fromId !== v.intoId, { path: ["intoId"], message: "choose two different actors" });
export const actorUnmergeInput = z.object({ mergeId: text().min(1).max(40), reason: text().trim().min(1, "say why").max(300) });
export const actorSearchQuery = z.object({ q: text().trim().min(1).max(200) });
/** Deleting (reversibly) or restoring an actor: editors, with a reason. */
export const actorDeletionInput = z.object({
  id: text().min(1).max(40),
  reason: text().trim().min(1, "say why").max(300),
  version,
});
export const actorDeleteInput = actorDeletionInput;
export const actorRestoreInput = actorDeletionInput;
