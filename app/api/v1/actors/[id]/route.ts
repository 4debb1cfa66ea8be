// The write API (token-authenticated): lib/api/v1/actor-source-writes.ts.
export { updateActorRoute as PATCH, deleteActorRoute as DELETE } from "@/lib/api/v1/actor-source-writes";
