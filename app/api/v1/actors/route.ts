import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { suggestActors } from "@/lib/actors/queries";
import { actorSuggestQuery as suggestQuery } from "@/lib/actors/suggest-query";

/** Actor suggestions for what a reader typed, in any spelling: { data: [{ slug, name, matched }] }. */
export async function GET(request: NextRequest) {
  try {
    const { q, limit } = suggestQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
    return NextResponse.json({ data: await suggestActors(q, limit) });
  } catch (error) {
    return apiError(error);
  }
}

// The write API (token-authenticated): lib/api/v1/actor-source-writes.ts.
export { createActorRoute as POST } from "@/lib/api/v1/actor-source-writes";
