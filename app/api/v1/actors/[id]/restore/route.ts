// Restoring a deleted actor: lib/api/v1/actor-source-writes.ts.
export { restoreActorRoute as POST } from "@/lib/api/v1/actor-source-writes";
