import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { UnauthenticatedError } from "@/lib/auth/errors";
import { requestUser } from "@/lib/auth/sessions";
import { sourceSearchQuery } from "@/lib/sources/input";
import { findSources } from "@/lib/sources/queries";

// GET /api/editor/find/sources?q=: the entry form's source picker (signed-in users).
export async function GET(request: NextRequest) {
  try {
    if (!(await requestUser(request))) throw new UnauthenticatedError();
    const { q } = sourceSearchQuery.parse({ q: request.nextUrl.searchParams.get("q") ?? "" });
    return NextResponse.json({ data: await findSources(q) });
  } catch (error) {
    return apiError(error);
  }
}
