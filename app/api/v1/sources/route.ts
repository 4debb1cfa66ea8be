// The write API (token-authenticated): lib/api/v1/actor-source-writes.ts.
export { createSourceRoute as POST } from "@/lib/api/v1/actor-source-writes";
