import "server-only";
// Write API for entries: the editor's domain functions (lib/entries/write.ts) behind token
// authentication. Same schemas, roles, editorial states, revisions and audit log as the pages.
import { z } from "zod";
import type { NextRequest } from "next/server";
import { prisma } from "../../db/client";
import { NotFoundError } from "../errors";
import { createEntry, deleteEntry, publishEntry, restoreEntry, returnEntry, revertEntry, submitEntry, updateEntry, withdrawEntry } from "../../entries/write";
import { readJsonBody, tokenRoute, versionFrom, withVersion } from "../token-route";

type Params = { params: Promise<Record<string, string>> };

/** An entry's id from the URL, which may also name it by its permalink; drafts and deleted entries included. */
async function entryId(idOrSlug: string): Promise<string> {
  const row = await prisma.entry.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { id: true } });
  if (!row) throw new NotFoundError(`No entry ${idOrSlug}: check the id or permalink.`);
  return row.id;
}

export async function createEntryRoute(request: NextRequest): Promise<Response> {
  return tokenRoute(request, "entry.create", async (caller) => {
    const entry = await createEntry(caller, await readJsonBody(request));
    return withVersion(entry, entry.version, { status: 201, headers: { Location: `/api/v1/entries/${entry.id}` } });
  });
}

export async function updateEntryRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "entry.update", async (caller) => {
    const body = await readJsonBody(request);
    const id = await entryId((await params).id);
    const entry = await updateEntry(caller, { ...body, id, version: versionFrom(request, body) });
    return withVersion(entry, entry.version);
  });
}

/** Deleting is reversible: the entry leaves the record and the API, and POST …/restore brings it back. */
export async function deleteEntryRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "entry.delete", async (caller) => {
    const query = Object.fromEntries(request.nextUrl.searchParams);
    const body = { ...(query.reason ? { reason: query.reason } : {}), ...(query.version ? { version: Number(query.version) } : {}), ...(await readJsonBody(request)) };
    const id = await entryId((await params).id);
    const entry = await deleteEntry(caller, { id, version: versionFrom(request, body), reason: body.reason });
    return withVersion(entry, entry.version);
  });
}

const ACTIONS = { submit: submitEntry, withdraw: withdrawEntry, publish: publishEntry, return: returnEntry, restore: restoreEntry, revert: revertEntry } as const;
export const entryAction = z.enum(Object.keys(ACTIONS) as [keyof typeof ACTIONS, ...(keyof typeof ACTIONS)[]], {
  error: "the action is submit, withdraw, publish, return, restore or revert",
});

/** POST /api/v1/entries/{id}/{action}: the editorial steps, each with the version it was decided on and why. */
export async function entryActionRoute(request: NextRequest, { params }: Params): Promise<Response> {
  const { id: idOrSlug, action: rawAction } = await params;
  const parsed = entryAction.safeParse(rawAction);
  return tokenRoute(request, `entry.${parsed.success ? parsed.data : "action"}`, async (caller) => {
    const action = entryAction.parse(rawAction);
    const body = await readJsonBody(request);
    const id = await entryId(idOrSlug);
    const entry = await ACTIONS[action](caller, { ...body, id, version: versionFrom(request, body) });
    return withVersion(entry, entry.version);
  });
}
