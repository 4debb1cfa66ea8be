import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/errors";
import { exportEntries } from "@/lib/export/entries";
import { parseExportParams } from "@/lib/export/schemas";

export async function GET(request: NextRequest) {
  try {
    const { format, filters } = parseExportParams(request.nextUrl.searchParams);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(await exportEntries(filters, format), {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="iran-russia-record-${day}.${format}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
