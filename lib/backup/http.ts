import "server-only";
// GET /api/v1/backup: the full backup as a download, for admins with a token (everything is in
// it: drafts, deleted entries, accounts, the audit log). Restoring stays on the command line
// (npm run db:restore), into an empty database.
import { prisma } from "../db/client";
import type { Caller } from "../auth/caller";
import { requireRole } from "../auth/permissions";
import { recordAudit } from "../audit/audit";
import { backupStream } from "./backup";

export async function backupResponse(caller: Caller): Promise<Response> {
  requireRole(caller, "admin");
  await recordAudit(prisma, caller, { action: "backup.export", outcome: "ok" });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, "");
  return new Response(backupStream(prisma), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="iran-russia-record-backup-${stamp}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
