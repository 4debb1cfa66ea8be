import "server-only";
// Actors and sources carry no version counter; their last change time, in milliseconds, serves as
// one. claimRowVersion takes the row's lock and refuses a change that did not start from the
// current time stamp, so two editors (on the pages or through the API) cannot overwrite each other
// unseen. Every edit, delete and restore sends the version it started from.
import { Prisma } from "../db/generated/client";
import { ConflictError } from "../auth/errors";

/** The version an actor or source shows to API clients. */
export const rowVersion = (row: { updatedAt: Date }) => row.updatedAt.getTime();

export async function claimRowVersion(tx: Prisma.TransactionClient, table: "Actor" | "Source", id: string, version: number, current: () => Promise<unknown>) {
  // "updatedAt" is a UTC timestamp(3): its epoch milliseconds are exact.
  const claimed =
    table === "Actor"
      ? await tx.$executeRaw`UPDATE "Actor" SET "updatedAt" = now() WHERE "id" = ${id} AND floor(extract(epoch FROM "updatedAt") * 1000) = ${version}`
      : await tx.$executeRaw`UPDATE "Source" SET "updatedAt" = now() WHERE "id" = ${id} AND floor(extract(epoch FROM "updatedAt") * 1000) = ${version}`;
  if (claimed === 0) {
    const now = await current();
    throw new ConflictError(
      `Someone changed this ${table === "Actor" ? "actor" : "source"} after you opened it (version ${version}): reload it, compare with the current one, then make your change again.`,
      { current: now },
    );
  }
}
