// GET (the published record, and with a token and ?state= what its owner may edit): lib/api/v1/entry-reads.ts.
export { listEntriesRoute as GET } from "@/lib/api/v1/entry-reads";

// The write API (token-authenticated): lib/api/v1/entry-writes.ts.
export { createEntryRoute as POST } from "@/lib/api/v1/entry-writes";
