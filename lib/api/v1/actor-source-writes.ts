import "server-only";
// Write API for actors and sources: the editor's domain functions (lib/actors/write.ts,
// lib/sources/write.ts) behind token authentication. Their version is the time of their last
// change in milliseconds (lib/api/row-version.ts), sent back in If-Match or `version`.
import type { NextRequest } from "next/server";
import { prisma } from "../../db/client";
import { NotFoundError } from "../errors";
import { createActor, deleteActor, mergeActors, restoreActor, unmergeActors, updateActor } from "../../actors/write";
import { createSource, deleteSource, restoreSource, updateSource } from "../../sources/write";
import { rowVersion } from "../row-version";
import { readJsonBody, tokenRoute, versionFrom, withVersion } from "../token-route";
import { parseRouteParam, recordParam } from "../../validation/text";

type Params = { params: Promise<Record<string, string>> };
/** The actor's or source's id from the URL, refused with a 400 naming `id` when it is not text. */
const idParam = async (params: Params["params"]) => parseRouteParam("id", (await params).id, recordParam());
const versioned = <T extends { updatedAt: Date }>(row: T) => ({ ...row, version: rowVersion(row) });

export async function createActorRoute(request: NextRequest): Promise<Response> {
  return tokenRoute(request, "actor.create", async (caller) => {
    const actor = versioned(await createActor(caller, await readJsonBody(request)));
    return withVersion(actor, actor.version, { status: 201, headers: { Location: `/api/v1/actors/${actor.id}` } });
  });
}

export async function updateActorRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "actor.update", async (caller) => {
    const body = await readJsonBody(request);
    const actor = versioned(await updateActor(caller, { ...body, id: await idParam(params), version: versionFrom(request, body) }));
    return withVersion(actor, actor.version);
  });
}

/** A duplicate actor is merged into the actor it duplicates, keeping every spelling, and the merge can be undone. */
export async function mergeActorRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "actor.merge", async (caller) => {
    const body = await readJsonBody(request);
    return withVersion(await mergeActors(caller, { ...body, fromId: await idParam(params) }), undefined);
  });
}

/** Undoes the latest merge of this actor into another (or the one named by `mergeId`). */
export async function unmergeActorRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "actor.unmerge", async (caller) => {
    const body = await readJsonBody(request);
    const id = await idParam(params);
    const latest = body.mergeId
      ? null
      : await prisma.actorMerge.findFirst({ where: { fromActorId: id, undoneAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
    if (!body.mergeId && !latest) throw new NotFoundError(`Actor ${id} has no merge to undo.`);
    return withVersion(await unmergeActors(caller, { ...body, mergeId: body.mergeId ?? latest!.id }), undefined);
  });
}

export async function createSourceRoute(request: NextRequest): Promise<Response> {
  return tokenRoute(request, "source.create", async (caller) => {
    const source = versioned(await createSource(caller, await readJsonBody(request)));
    return withVersion(source, source.version, { status: 201, headers: { Location: `/api/v1/sources/${source.id}` } });
  });
}

export async function updateSourceRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "source.update", async (caller) => {
    const body = await readJsonBody(request);
    const source = versioned(await updateSource(caller, { ...body, id: await idParam(params), version: versionFrom(request, body) }));
    return withVersion(source, source.version);
  });
}

/** A DELETE's input: the reason (and version) from the JSON body or the query string. */
async function deletionBody(request: NextRequest): Promise<Record<string, unknown>> {
  const query = Object.fromEntries(request.nextUrl.searchParams);
  return { ...(query.reason ? { reason: query.reason } : {}), ...(query.version ? { version: Number(query.version) } : {}), ...(await readJsonBody(request)) };
}

/** Deleting is reversible and refused while a non-deleted entry involves the actor: POST …/restore brings it back. */
export async function deleteActorRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "actor.delete", async (caller) => {
    const body = await deletionBody(request);
    const actor = versioned(await deleteActor(caller, { id: await idParam(params), reason: body.reason, version: versionFrom(request, body) }));
    return withVersion(actor, actor.version);
  });
}

export async function restoreActorRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "actor.restore", async (caller) => {
    const body = await readJsonBody(request);
    const actor = versioned(await restoreActor(caller, { ...body, id: await idParam(params), version: versionFrom(request, body) }));
    return withVersion(actor, actor.version);
  });
}

/** Deleting is reversible and refused while a non-deleted entry cites the source: POST …/restore brings it back. */
export async function deleteSourceRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "source.delete", async (caller) => {
    const body = await deletionBody(request);
    const source = versioned(await deleteSource(caller, { id: await idParam(params), reason: body.reason, version: versionFrom(request, body) }));
    return withVersion(source, source.version);
  });
}

export async function restoreSourceRoute(request: NextRequest, { params }: Params): Promise<Response> {
  return tokenRoute(request, "source.restore", async (caller) => {
    const body = await readJsonBody(request);
    const source = versioned(await restoreSource(caller, { ...body, id: await idParam(params), version: versionFrom(request, body) }));
    return withVersion(source, source.version);
  });
}
