import "server-only";
import type { Prisma, PrismaClient } from "../db/generated/client";
import type { Caller } from "../auth/caller";

type Db = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export type AuditOutcome = "ok" | "denied" | "invalid" | "conflict" | "rate-limited" | "failed";

export type AuditEntry = {
  action: string;
  outcome: AuditOutcome;
  targetType?: string;
  targetId?: string | null;
  details?: Prisma.InputJsonValue;
};

/**
 * Appends one event to the audit log (append-only: a trigger refuses UPDATE and DELETE). Successful
 * changes pass their transaction, so the event and the change are committed together or not at all.
 */
export async function recordAudit(db: Db, who: Caller | { ip: string | null; email?: string | null }, entry: AuditEntry): Promise<void> {
  const caller = "role" in who ? who : null;
  await db.auditEvent.create({
    data: {
      userId: caller?.userId || null,
      userEmail: caller?.email ?? ("email" in who ? (who.email ?? null) : null),
      role: caller?.role ?? null,
      via: caller?.via ?? "anonymous",
      ip: who.ip,
      action: entry.action,
      outcome: entry.outcome,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
  });
}
