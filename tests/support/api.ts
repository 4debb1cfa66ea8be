import { NextRequest } from "next/server";
import { GET as listRoute } from "@/app/api/v1/entries/route";
import { GET as entryRoute } from "@/app/api/v1/entries/[id]/route";
import type { Entry, EntryPage } from "@/lib/entries/schemas";

/** Calls the real route handlers as a request would, and returns status and JSON. */
export async function getEntries(query: string): Promise<{ status: number; body: EntryPage & { error?: { message: string; issues: unknown[] } } }> {
  const response = await listRoute(new NextRequest(`http://localhost/api/v1/entries${query}`));
  return { status: response.status, body: await response.json() };
}

export async function getEntryById(id: string): Promise<{ status: number; body: Entry & { error?: { message: string } } }> {
  const response = await entryRoute(new Request(`http://localhost/api/v1/entries/${id}`), { params: Promise.resolve({ id }) });
  return { status: response.status, body: await response.json() };
}
