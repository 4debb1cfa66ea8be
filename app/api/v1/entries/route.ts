import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { listEntries } from "@/lib/entries/queries";
import { entryListQuery, searchParamsToObject } from "@/lib/entries/schemas";

export async function GET(request: NextRequest) {
  try {
    const query = entryListQuery.parse(searchParamsToObject(request.nextUrl.searchParams));
    return NextResponse.json(await listEntries(query));
  } catch (error) {
    return apiError(error);
  }
}

// The write API (token-authenticated): lib/api/v1/entry-writes.ts.
export { createEntryRoute as POST } from "@/lib/api/v1/entry-writes";
