import "server-only";
// The one door every browser mutation goes through (POST /api/editor/<name>): refuse cross-site
// requests, find who is calling from the session cookie, check their role, parse the JSON body,
// run the domain function, and turn what went wrong into a response the form can show. Refusals
// are written to the audit log; successful changes are audited by the domain function, in its
// transaction. The domain functions check roles again themselves, so the token API reaches the
// same rules.
import { NextResponse, type NextRequest } from "next/server";
import { apiError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { ForbiddenError, UnauthenticatedError } from "../auth/errors";
import { clientIp, isHttps, isSameOrigin } from "../auth/request";
import { hasRole, type Role } from "../auth/roles";
import type { CookieChange } from "../auth/set-cookie";
import { sessionUser } from "../auth/sessions";
import { recordAudit } from "../audit/audit";
import { prisma } from "../db/client";

export type MutationContext = {
  caller: Caller | null;
  ip: string | null;
  userAgent: string | null;
  /** the request's headers, for Better Auth (sign-out, password change) */
  headers: Headers;
  /** cookies to set on the response (sign-in, sign-out) */
  setCookie: (change: CookieChange) => void;
};

export type Mutation = {
  /** e.g. "entry.update"; also the audit action */
  name: string;
  /** the least role that may call it; "anyone" only for signing in */
  role: Role | "anyone";
  run: (ctx: MutationContext, input: unknown) => Promise<unknown>;
};

export function mutation(name: string, role: Mutation["role"], run: Mutation["run"]): Mutation {
  return { name, role, run };
}

async function refuse(m: Mutation, error: Error, who: Caller | { ip: string | null }, why: string) {
  await recordAudit(prisma, who, { action: m.name, outcome: "denied", details: { why } }).catch((e) => console.error("audit failed", e));
  return apiError(error);
}

/** How a request proves who sent it. Browser sessions by default; a token API passes its own. */
export type Authentication = {
  via: Caller["via"];
  /** the user behind the request, or null when it carries no valid credential */
  authenticate: (request: NextRequest) => Promise<Omit<Caller, "ip" | "via"> | null>;
  /** cookie-authenticated requests must come from this site; bearer tokens are not sent by browsers on their own */
  sameOriginOnly: boolean;
};

const sessionAuthentication: Authentication = {
  via: "session",
  authenticate: async (request) => {
    const user = await sessionUser(request.headers);
    return user ? { userId: user.id, email: user.email, role: user.role } : null;
  },
  sameOriginOnly: true,
};

export async function handleMutation(request: NextRequest, m: Mutation, auth: Authentication = sessionAuthentication): Promise<NextResponse> {
  const ip = clientIp(request.headers);
  if (auth.sameOriginOnly && !isSameOrigin(request.headers, request.url)) {
    return refuse(m, new ForbiddenError("This request did not come from a page of this site, so it was refused. Reload the page and try again."), { ip }, "cross-site");
  }
  const user = await auth.authenticate(request);
  const caller: Caller | null = user ? { ...user, via: auth.via, ip } : null;
  if (m.role !== "anyone") {
    if (!caller) return refuse(m, new UnauthenticatedError("Your session has ended. Sign in again; what you typed is still on this page."), { ip }, "anonymous");
    if (!hasRole(caller.role, m.role)) {
      return refuse(m, new ForbiddenError(`This needs an ${m.role}'s account; you are signed in as ${caller.role}.`), caller, `role ${caller.role}`);
    }
  }
  const cookies: CookieChange[] = [];
  try {
    let input: unknown;
    try {
      input = await request.json();
    } catch {
      input = undefined; // the schema then says what is missing
    }
    const data = await m.run({ caller, ip, userAgent: request.headers.get("user-agent"), headers: request.headers, setCookie: (c) => cookies.push(c) }, input);
    const response = NextResponse.json({ data: data ?? null });
    const secure = isHttps(request.headers, request.url);
    for (const c of cookies) response.cookies.set({ ...c, httpOnly: true, sameSite: "lax", secure, path: "/" });
    return response;
  } catch (error) {
    if (error instanceof ForbiddenError && caller) {
      await recordAudit(prisma, caller, { action: m.name, outcome: "denied", details: { why: error.message } }).catch(() => {});
    }
    return apiError(error);
  }
}
