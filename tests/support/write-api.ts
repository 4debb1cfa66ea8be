// Helpers for the token-authenticated write API: accounts of each role with a personal token, and
// requests sent to the real route handlers as a script would send them.
import { NextRequest } from "next/server";
import { createUser } from "@/lib/accounts/accounts";
import { cliCaller, type Caller } from "@/lib/auth/caller";
import type { Role } from "@/lib/auth/roles";
import { createToken } from "@/lib/tokens/tokens";
import * as entries from "@/app/api/v1/entries/route";
import * as entry from "@/app/api/v1/entries/[id]/route";
import * as entryAction from "@/app/api/v1/entries/[id]/[action]/route";
import * as actors from "@/app/api/v1/actors/route";
import * as actor from "@/app/api/v1/actors/[id]/route";
import * as actorMerge from "@/app/api/v1/actors/[id]/merge/route";
import * as actorUnmerge from "@/app/api/v1/actors/[id]/unmerge/route";
import * as actorRestore from "@/app/api/v1/actors/[id]/restore/route";
import * as sources from "@/app/api/v1/sources/route";
import * as source from "@/app/api/v1/sources/[id]/route";
import * as sourceRestore from "@/app/api/v1/sources/[id]/restore/route";
import * as imports from "@/app/api/v1/imports/route";
import * as backup from "@/app/api/v1/backup/route";
import * as extract from "@/app/api/v1/extract/route";

export type TokenUser = { caller: Caller; token: string; email: string };

export async function tokenUser(role: Role): Promise<TokenUser> {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const user = await createUser(cliCaller(), { email, name: `API ${role}`, role, password: "correct horse battery staple" });
  const caller: Caller = { userId: user.id, email, role, via: "session", ip: null };
  const { token } = await createToken(caller, { name: `${role} script` });
  return { caller, token, email };
}

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: [RegExp, Record<string, unknown>][] = [
  [/^\/api\/v1\/entries$/, entries],
  [/^\/api\/v1\/entries\/(?<id>[^/]+)$/, entry],
  [/^\/api\/v1\/entries\/(?<id>[^/]+)\/(?<action>[^/]+)$/, entryAction],
  [/^\/api\/v1\/actors$/, actors],
  [/^\/api\/v1\/actors\/(?<id>[^/]+)$/, actor],
  [/^\/api\/v1\/actors\/(?<id>[^/]+)\/merge$/, actorMerge],
  [/^\/api\/v1\/actors\/(?<id>[^/]+)\/unmerge$/, actorUnmerge],
  [/^\/api\/v1\/actors\/(?<id>[^/]+)\/restore$/, actorRestore],
  [/^\/api\/v1\/sources$/, sources],
  [/^\/api\/v1\/sources\/(?<id>[^/]+)$/, source],
  [/^\/api\/v1\/sources\/(?<id>[^/]+)\/restore$/, sourceRestore],
  [/^\/api\/v1\/imports$/, imports],
  [/^\/api\/v1\/backup$/, backup],
  [/^\/api\/v1\/extract$/, extract],
];

/** Sends a request to the route handler its path names; returns status, headers and JSON body. */
export async function api(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  pathAndQuery: string,
  { token, body, headers = {} }: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
) {
  const url = new URL(pathAndQuery, "http://record.test");
  const match = ROUTES.map(([pattern, module]) => ({ m: pattern.exec(url.pathname), module })).find((r) => r.m);
  if (!match) throw new Error(`no route for ${url.pathname}`);
  const handler = match.module[method] as Handler | undefined;
  if (!handler) return { status: 405, headers: new Headers(), json: {} as Record<string, any> };
  const h = new Headers(headers);
  if (token) h.set("authorization", `Bearer ${token}`);
  if (body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
  const request = new NextRequest(url, { method, headers: h, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
  // Next.js hands route handlers their parameters percent-decoded.
  const params = Object.fromEntries(Object.entries(match.m!.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const json = (text && response.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : {}) as Record<string, any>;
  return { status: response.status, headers: response.headers, json, text };
}
