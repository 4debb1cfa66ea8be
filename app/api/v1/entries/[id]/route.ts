// GET (published entries, and with a token what its owner may edit): lib/api/v1/entry-reads.ts.
export { getEntryRoute as GET } from "@/lib/api/v1/entry-reads";

// The write API (token-authenticated): lib/api/v1/entry-writes.ts.
export { updateEntryRoute as PATCH, deleteEntryRoute as DELETE } from "@/lib/api/v1/entry-writes";
