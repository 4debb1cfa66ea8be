// Merging a duplicate actor, reversibly: lib/api/v1/actor-source-writes.ts.
export { mergeActorRoute as POST } from "@/lib/api/v1/actor-source-writes";
