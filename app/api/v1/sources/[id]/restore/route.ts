// Restoring a deleted source: lib/api/v1/actor-source-writes.ts.
export { restoreSourceRoute as POST } from "@/lib/api/v1/actor-source-writes";
