import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { UnauthenticatedError } from "@/lib/auth/errors";
import { requestUser } from "@/lib/auth/sessions";
import { actorSearchQuery } from "@/lib/actors/input";
import { findActors } from "@/lib/actors/manage-queries";

// GET /api/editor/find/actors?q=: the entry form's actor picker (signed-in users).
export async function GET(request: NextRequest) {
  try {
    if (!(await requestUser(request))) throw new UnauthenticatedError();
    const { q } = actorSearchQuery.parse({ q: request.nextUrl.searchParams.get("q") ?? "" });
    return NextResponse.json({ data: await findActors(q) });
  } catch (error) {
    return apiError(error);
  }
}
