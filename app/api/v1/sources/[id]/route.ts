// The write API (token-authenticated): lib/api/v1/actor-source-writes.ts.
export { updateSourceRoute as PATCH, deleteSourceRoute as DELETE } from "@/lib/api/v1/actor-source-writes";
