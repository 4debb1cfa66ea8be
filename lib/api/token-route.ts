import "server-only";
// The one door of the write API: every POST, PATCH and DELETE under /api/v1 authenticates its
// personal API token here, then runs a domain function that checks the caller's role itself (the
// same functions, rules, revisions and audit log as the editor's pages). Refusals are audited.
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { prisma } from "../db/client";
import { MUTATION_BY_NAME } from "../actions/mutations";
import type { Caller } from "../auth/caller";
import { ConflictError, ForbiddenError, UnauthenticatedError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import type { Role } from "../auth/roles";
import { clientIp } from "../auth/request";
import { recordAudit } from "../audit/audit";
import { tokenCaller } from "../tokens/tokens";
import { apiError } from "./errors";
import { badTextIn } from "../validation/text";

/** A Zod-style 400 for a problem with the request itself, so clients get one error shape. */
export function badRequest(path: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [path], message, input: undefined }]);
}

export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // answered below
  }
  if (body && typeof body === "object" && !Array.isArray(body)) {
    // Every string in the body, whatever field it is for, is text (lib/validation/text.ts).
    const bad = badTextIn(body);
    if (bad) throw new z.ZodError([{ code: "custom", path: bad.path, message: bad.message, input: undefined }]);
    return body as Record<string, unknown>;
  }
  throw badRequest("body", "send a JSON object (Content-Type: application/json)");
}

/**
 * The version an update starts from: an If-Match header ("3", W/"3" or 3, as an ETag from a GET or
 * a previous write) or a `version` field. A change without one is refused: it could overwrite
 * someone else's correction unseen.
 */
export function versionFrom(request: Request, body: Record<string, unknown>): number {
  const header = request.headers.get("if-match");
  const fromHeader = header ? Number(/^(?:W\/)?"?(\d+)"?$/.exec(header.trim())?.[1] ?? NaN) : null;
  if (header && !Number.isInteger(fromHeader)) throw badRequest("If-Match", 'If-Match carries the version you started from, e.g. If-Match: "3"');
  const fromBody = body.version;
  if (fromHeader !== null && fromBody !== undefined && fromBody !== fromHeader) {
    throw badRequest("version", "If-Match and the version field disagree: send one version");
  }
  const version = fromHeader ?? fromBody;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    throw badRequest("version", "send the version you started from, in an If-Match header or a version field");
  }
  return version;
}

/** A response with the record's version as its ETag, so the next change can send it back. */
export function withVersion(data: unknown, version: number | undefined, init: ResponseInit = {}): NextResponse {
  const response = NextResponse.json({ data }, init);
  if (version !== undefined) response.headers.set("ETag", `"${version}"`);
  return response;
}

/** Writes the token door has and the session door has not. */
const TOKEN_ONLY_ROLES: Partial<Record<string, Role>> = {
  "import.run": "editor",
  "backup.export": "admin",
  // Proposals from an article (POST /api/v1/extract): reads and saves nothing, like the from-article page.
  extract: "analyst",
  // An entry action the route does not know: any writer hears that it is unknown.
  "entry.action": "analyst",
};

/**
 * The least role a write needs: the same as through the pages (lib/actions/mutations.ts). Checked
 * as soon as the token is, before anything in the request is read or validated, so an analyst who
 * tries to publish hears about the role (403), not about a missing version (400).
 */
function roleFor(action: string): Role {
  const role = TOKEN_ONLY_ROLES[action] ?? MUTATION_BY_NAME.get(action)?.role;
  // An action with no role here is a programming error: refuse rather than let it through unchecked.
  if (!role || role === "anyone") return "admin";
  return role;
}

export async function tokenRoute(request: NextRequest, action: string, run: (caller: Caller) => Promise<Response>): Promise<Response> {
  const ip = clientIp(request.headers);
  let caller: Caller;
  try {
    caller = await tokenCaller(request.headers.get("authorization"), ip);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) return apiError(error);
    await recordAudit(prisma, { ip }, { action, outcome: "denied", details: { why: error.message, via: "token" } }).catch((e) => console.error("audit failed", e));
    const response = apiError(error);
    response.headers.set("WWW-Authenticate", 'Bearer realm="iran-russia-record"');
    return response;
  }
  try {
    requireRole(caller, roleFor(action));
    return await run(caller);
  } catch (error) {
    const outcome = error instanceof ForbiddenError ? "denied" : error instanceof ConflictError ? "conflict" : null;
    if (outcome) await recordAudit(prisma, caller, { action, outcome, details: { why: error instanceof Error ? error.message : "" } }).catch(() => {});
    const response = apiError(error);
    const current = error instanceof ConflictError ? (error.details.current as { version?: number } | undefined) : undefined;
    if (current?.version) response.headers.set("ETag", `"${current.version}"`);
    return response;
  }
}
