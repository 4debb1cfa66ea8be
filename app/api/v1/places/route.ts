import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { placeSuggestQuery } from "@/lib/places/input";
import { suggestPlaces } from "@/lib/places/lookup";

/** Place suggestions for what was typed, in any spelling: { data: [{ slug, name, kind, country, matched }] }. */
export async function GET(request: NextRequest) {
  try {
    const { q, limit } = placeSuggestQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
    return NextResponse.json({ data: await suggestPlaces(q, limit) });
  } catch (error) {
    return apiError(error);
  }
}
