import "server-only";
import { prisma } from "../db/client";

/**
 * Counts one attempt against `key` in a fixed window and returns how many there have been in it.
 * One atomic statement in PostgreSQL, so the limit holds across any number of app instances.
 */
export async function countAttempt(key: string, windowSeconds: number): Promise<{ count: number; retryAfterSeconds: number }> {
  const [row] = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count", "updatedAt") VALUES (${key}, now(), 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowSeconds}) THEN now() ELSE "RateLimit"."windowStart" END,
      "updatedAt" = now()
    RETURNING "count", "windowStart"`;
  const elapsed = (Date.now() - row.windowStart.getTime()) / 1000;
  return { count: row.count, retryAfterSeconds: Math.max(1, Math.ceil(windowSeconds - elapsed)) };
}

export async function clearAttempts(key: string): Promise<void> {
  await prisma.rateLimit.deleteMany({ where: { key } });
}
