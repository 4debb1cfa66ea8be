import "server-only";
// The read API's entry routes. Anyone reads the published record; a personal token also reads
// what its owner may edit (lib/entries/editable.ts): `?state=draft|in_review|deleted` on the list,
// and drafts by id, so the Location of a new draft answers its creator. Answers carry the version
// as ETag, ready for If-Match.
import { NextResponse, type NextRequest } from "next/server";
import { clientIp } from "../../auth/request";
import { UnauthenticatedError } from "../../auth/errors";
import { tokenCaller } from "../../tokens/tokens";
import { getEditableEntry, entryStateParam, listEditableEntries } from "../../entries/editable";
import { getEntry, listEntries } from "../../entries/queries";
import { entryListQuery, searchParamsToObject } from "../../entries/schemas";
import { parseRouteParam, recordParam } from "../../validation/text";
import { NotFoundError, apiError } from "../errors";

const bearer = (request: Request) => (request.headers.get("authorization") ? tokenCaller(request.headers.get("authorization"), clientIp(request.headers)) : null);

function withAuthenticate(response: NextResponse, error: unknown) {
  if (error instanceof UnauthenticatedError) response.headers.set("WWW-Authenticate", 'Bearer realm="iran-russia-record"');
  return response;
}

export async function listEntriesRoute(request: NextRequest): Promise<Response> {
  try {
    const { state: rawState, ...params } = searchParamsToObject(request.nextUrl.searchParams);
    const query = entryListQuery.parse(params);
    const state = rawState === undefined ? "published" : entryStateParam.parse(rawState);
    if (state === "published") return NextResponse.json(await listEntries(query));
    const caller = await bearer(request);
    if (!caller) throw new UnauthenticatedError(`state=${state} lists what you may edit: send your personal API token as “Authorization: Bearer <token>”.`);
    return NextResponse.json(await listEditableEntries(caller, state, query));
  } catch (error) {
    return withAuthenticate(apiError(error), error);
  }
}

export async function getEntryRoute(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const id = parseRouteParam("id", (await params).id, recordParam());
    const caller = await bearer(request);
    const entry = (caller && (await getEditableEntry(caller, id))) || (await getEntry(id));
    if (!entry) throw new NotFoundError(`No entry ${id}: check the id, or search at /api/v1/entries (drafts need the token of someone who may edit them).`);
    return NextResponse.json(entry, { headers: { ETag: `"${entry.version}"` } });
  } catch (error) {
    return withAuthenticate(apiError(error), error);
  }
}
