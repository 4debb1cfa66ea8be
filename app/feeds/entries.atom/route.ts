import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { searchParamsToObject } from "@/lib/entries/schemas";
import { parseViewParams } from "@/lib/export/schemas";
import { entriesAtom } from "@/lib/feeds/entries";

export async function GET(request: NextRequest) {
  try {
    const filters = parseViewParams(searchParamsToObject(request.nextUrl.searchParams));
    const xml = await entriesAtom(filters, request.nextUrl.origin, request.nextUrl.toString());
    return new Response(xml, {
      // The feed's links are made from the request's host: a shared cache must keep one copy per host.
      headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300", Vary: "Host, X-Forwarded-Host, X-Forwarded-Proto" },
    });
  } catch (error) {
    return apiError(error);
  }
}
