import "server-only";
import { prisma } from "../db/client";
import type { Caller } from "../auth/caller";
import { requireRole } from "../auth/permissions";

/** The latest audit events, newest first (index AuditEvent(createdAt)); admins only. */
export async function recentAuditEvents(caller: Caller, take = 50) {
  requireRole(caller, "admin");
  return prisma.auditEvent.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, createdAt: true, userEmail: true, role: true, via: true, ip: true, action: true, outcome: true, targetType: true, targetId: true },
  });
}
