import type { NextRequest } from "next/server";
import { tokenRoute } from "@/lib/api/token-route";
import { backupResponse } from "@/lib/backup/http";

export async function GET(request: NextRequest) {
  return tokenRoute(request, "backup.export", (caller) => backupResponse(caller));
}
