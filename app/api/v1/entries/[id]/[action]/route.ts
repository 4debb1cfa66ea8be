// Editorial steps through the write API (submit, publish, return, restore, revert): lib/api/v1/entry-writes.ts.
export { entryActionRoute as POST } from "@/lib/api/v1/entry-writes";
