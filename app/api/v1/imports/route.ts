import type { NextRequest } from "next/server";
import { tokenRoute } from "@/lib/api/token-route";
import { handleImport } from "@/lib/import/http";

export async function POST(request: NextRequest) {
  return tokenRoute(request, "import.run", (caller) => handleImport(request, caller));
}
