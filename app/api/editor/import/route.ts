import type { NextRequest } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { handleImport } from "@/lib/import/http";

// The import page's upload (session, same origin, editors): the same handler as POST /api/v1/imports.
export async function POST(request: NextRequest) {
  return sessionRoute(request, "import.run", "editor", (caller) => handleImport(request, caller));
}
