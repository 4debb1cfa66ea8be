// The `state` parameter of GET /api/v1/entries: the published record (anyone), or with a token what
// its owner may edit (lib/entries/editable.ts). Shared by the route and the OpenAPI document.
import { z } from "zod";

export const ENTRY_STATES = ["published", "draft", "in_review", "deleted"] as const;
export type EntryStateFilter = (typeof ENTRY_STATES)[number];
export const entryStateParam = z.enum(ENTRY_STATES, { error: "state is published, draft, in_review or deleted" });
