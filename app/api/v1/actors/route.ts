import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { apiError } from "@/lib/api/errors";
import { suggestActors } from "@/lib/actors/queries";

const suggestQuery = z.object({
  q: z.string().trim().min(1, "type part of a name").max(100, "keep the name under 100 characters"),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** Actor suggestions for what a reader typed, in any spelling: { data: [{ slug, name, matched }] }. */
export async function GET(request: NextRequest) {
  try {
    const { q, limit } = suggestQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
    return NextResponse.json({ data: await suggestActors(q, limit) });
  } catch (error) {
    return apiError(error);
  }
}
