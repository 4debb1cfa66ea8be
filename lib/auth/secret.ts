import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db/client";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, else one generated on first
 * use and kept in the database, so that every app instance signs with the same one and a fresh
 * install needs no configuration.
 */
export async function sessionSecret(): Promise<string> {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const candidate = randomBytes(32).toString("base64url");
  // The first instance to get here stores its secret; everyone reads the stored one.
  await prisma.$executeRaw`
    INSERT INTO "AppSecret" ("name", "value", "updatedAt") VALUES ('session-signing', ${candidate}, now())
    ON CONFLICT ("name") DO NOTHING`;
  const row = await prisma.appSecret.findUniqueOrThrow({ where: { name: "session-signing" } });
  return row.value;
}
