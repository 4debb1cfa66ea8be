import "server-only";
// Write API for entries: the editor's domain functions (lib/entries/write.ts) behind token
// authentication. Same schemas, roles, editorial states, revisions and audit log as the pages.
import { z } from "zod";
import type { NextRequest } from "next/server";
import { prisma } from "../../db/client";
import { NotFoundError } from "../errors";
import { createEntry, deleteEntry, publishEntry, restoreEntry, returnEntry, revertEntry, submitEntry, updateEntry, withdrawEntry } from "../../entries/write";
import { badRequest, readJsonBody, tokenRoute, versionFrom, withVersion } from "../token-route";
import { ConflictError } from "../../auth/errors";
import { entryCreateInput } from "../../entries/input";
import { findSimilarEntries } from "../../entries/similar";
import { parseRouteParam, recordParam } from "../../validation/text";

type Params = { params: Promise<Record<string, string>> };

/** An entry's id from the URL, which may also name it by its permalink; drafts and deleted entries included. */
async function entryId(param: string): Promise<string> {
  const idOrSlug = parseRouteParam("id", param, recordParam());
  const row = await prisma.entry.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { id: true } });
  if (!row) throw new NotFoundError(`No entry ${idOrSlug}: check the id or permalink.`);
  return row.id;
}

/** Whether the call said the entry is meant even though it looks like one already recorded. */
const allowDuplicateInput = z
  .union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: "allowDuplicate is true or false" })
  .default(false);

/**
 * How alike two titles must be (pg_trgm similarity or word similarity, 0…1) for a new entry to be
 * held as a duplicate: the form lists anything from 0.3 as "may be the same"; the API stops a script
 * only for titles that differ by little more than punctuation or a word.
 */
const DUPLICATE_TITLE_SCORE = 0.6;

/**
 * Refuses a new entry that looks like one already recorded (lib/entries/similar.ts: a title spelled
 * nearly the same, drafts and entries in review included), with the matches, unless the call allows it.
 */
async function refuseDuplicate(body: Record<string, unknown>) {
  const fields = entryCreateInput.safeParse(body);
  if (!fields.success) return; // createEntry reports what is wrong
  const matches = (
    await findSimilarEntries({ title: fields.data.title, start: fields.data.date.start ?? undefined, actorIds: fields.data.actors.map((a) => a.actorId) })
  ).filter((m) => m.titleScore >= DUPLICATE_TITLE_SCORE);
  if (matches.length === 0) return;
  throw new ConflictError(
    `This looks like an entry already recorded (${matches.map((m) => `“${m.title}”`).join(", ")}): check the matches, and send "allowDuplicate": true if it is a different fact.`,
    { matches: matches.map((m) => ({ id: m.id, slug: m.slug, title: m.title, state: m.state, why: m.why, location: `/api/v1/entries/${m.id}` })) },
  );
}

export async function createEntryRoute(request: NextRequest): Promise<Response> {
  return tokenRoute(request, "entry.create", async (caller) => {
    const { allowDuplicate, ...body } = await readJsonBody(request);
    const allowed = allowDuplicateInput.safeParse(allowDuplicate ?? request.nextUrl.searchParams.get("allowDuplicate") ?? undefined);
    if (!allowed.success) throw badRequest("allowDuplicate", "allowDuplicate is true or false");
    if (!allowed.data) await refuseDuplicate(body);
    const entry = await createEntry(caller, body);
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
