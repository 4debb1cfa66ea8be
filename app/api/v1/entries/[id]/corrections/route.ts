import { NextResponse } from "next/server";
import { apiError, NotFoundError } from "@/lib/api/errors";
import { getEntry } from "@/lib/entries/queries";
import { correctionsLog } from "@/lib/revisions/queries";
import { parseRouteParam, recordParam } from "@/lib/validation/text";

// GET /api/v1/entries/{id or slug}/corrections: the public log of corrections of a published entry.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const entry = await getEntry(parseRouteParam("id", (await params).id, recordParam()));
    if (!entry) throw new NotFoundError("There is no published entry with this id or slug.");
    const corrections = await correctionsLog(entry.id);
    return NextResponse.json({
      data: corrections.map((c) => ({ date: c.date.toISOString(), reason: c.reason, fields: c.fields })),
    });
  } catch (error) {
    return apiError(error);
  }
}
