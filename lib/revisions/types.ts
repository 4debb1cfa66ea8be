import type { EntryFields } from "../entries/input";

/** What a revision stores: every field of the entry after the change, and its editorial state. */
export type EntrySnapshot = EntryFields & {
  id: string;
  slug: string;
  state: "draft" | "in_review" | "published";
  deleted: boolean;
  reviewNote: string | null;
  version: number;
};
