// Undoing a merge: lib/api/v1/actor-source-writes.ts.
export { unmergeActorRoute as POST } from "@/lib/api/v1/actor-source-writes";
