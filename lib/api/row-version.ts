import "server-only";
// Actors and sources carry no version counter; their last change time, in milliseconds, serves as
// one. claimRowVersion takes the row's lock and refuses a change that did not start from the
// current time stamp, so two API clients cannot overwrite each other unseen.
import { Prisma } from "../db/generated/client";
import { ConflictError } from "../auth/errors";

/** The version an actor or source shows to API clients. */
export const rowVersion = (row: { updatedAt: Date }) => row.updatedAt.getTime();

export async function claimRowVersion(tx: Prisma.TransactionClient, table: "Actor" | "Source", id: string, version: number | undefined, current: () => Promise<unknown>) {
  if (version === undefined) return; // the pages send none: they edit what they just loaded
  // "updatedAt" is a UTC timestamp(3): its epoch milliseconds are exact.
  const claimed =
    table === "Actor"
      ? await tx.$executeRaw`UPDATE "Actor" SET "updatedAt" = now() WHERE "id" = ${id} AND floor(extract(epoch FROM "updatedAt") * 1000) = ${version}`
      : await tx.$executeRaw`UPDATE "Source" SET "updatedAt" = now() WHERE "id" = ${id} AND floor(extract(epoch FROM "updatedAt") * 1000) = ${version}`;
  if (claimed === 0) {
    const now = await current();
    throw new ConflictError(
      `Someone changed this ${table === "Actor" ? "actor" : "source"} after version ${version} that you started from: compare with the current one, then send your change again.`,
      { current: now },
    );
  }
}
