import type { NextRequest } from "next/server";
import { sessionRoute } from "@/lib/api/session-route";
import { handleArticleReview } from "@/lib/extract/page";

// The from-article page's extraction (session, same origin, analysts and up). Nothing is saved.
export async function POST(request: NextRequest) {
  return sessionRoute(request, "extract.review", "analyst", () => handleArticleReview(request));
}
