import { NextResponse } from "next/server";
import { z } from "zod";
import { NotFoundError, apiError } from "@/lib/api/errors";
import { getEntry } from "@/lib/entries/queries";

const idParam = z.string().min(1).max(200);

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const id = idParam.parse((await params).id);
    const entry = await getEntry(id);
    if (!entry) throw new NotFoundError(`No entry ${id}: check the id, or search at /api/v1/entries.`);
    return NextResponse.json(entry);
  } catch (error) {
    return apiError(error);
  }
}

// The write API (token-authenticated): lib/api/v1/entry-writes.ts.
export { updateEntryRoute as PATCH, deleteEntryRoute as DELETE } from "@/lib/api/v1/entry-writes";
