import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { UnauthenticatedError } from "@/lib/auth/errors";
import { requestUser } from "@/lib/auth/sessions";
import { similarEntriesQuery } from "@/lib/entries/input";
import { findSimilarEntries } from "@/lib/entries/similar";

// GET /api/editor/find/similar?title=&start=&actorId=…: the duplicate guard while logging an entry.
export async function GET(request: NextRequest) {
  try {
    if (!(await requestUser(request))) throw new UnauthenticatedError();
    const p = request.nextUrl.searchParams;
    const query = similarEntriesQuery.parse({
      title: p.get("title") ?? "",
      start: p.get("start") || undefined,
      actorIds: p.getAll("actorId"),
      excludeId: p.get("excludeId") || undefined,
    });
    return NextResponse.json({ data: await findSimilarEntries(query) });
  } catch (error) {
    return apiError(error);
  }
}
