import "server-only";
// A route for the site's own pages that takes more than a JSON body (the import page uploads a
// file and reads progress as it streams): the same checks as lib/actions/safe-action.ts, namely
// same-origin, a signed-in session, the role; refusals are audited.
import type { NextRequest } from "next/server";
import { prisma } from "../db/client";
import type { Caller } from "../auth/caller";
import { ForbiddenError, UnauthenticatedError } from "../auth/errors";
import { clientIp, isSameOrigin } from "../auth/request";
import { hasRole, type Role } from "../auth/roles";
import { sessionUser } from "../auth/sessions";
import { recordAudit } from "../audit/audit";
import { apiError } from "./errors";

export async function sessionRoute(request: NextRequest, action: string, role: Role, run: (caller: Caller) => Promise<Response>): Promise<Response> {
  const ip = clientIp(request.headers);
  const refuse = async (error: Error, who: Caller | { ip: string | null }, why: string) => {
    await recordAudit(prisma, who, { action, outcome: "denied", details: { why } }).catch((e) => console.error("audit failed", e));
    return apiError(error);
  };
  if (!isSameOrigin(request.headers, request.url)) {
    return refuse(new ForbiddenError("This request did not come from a page of this site, so it was refused. Reload the page and try again."), { ip }, "cross-site");
  }
  const user = await sessionUser(request.headers);
  if (!user) return refuse(new UnauthenticatedError("Your session has ended. Sign in again, then choose the file again."), { ip }, "anonymous");
  const caller: Caller = { userId: user.id, email: user.email, role: user.role, via: "session", ip };
  if (!hasRole(caller.role, role)) return refuse(new ForbiddenError(`This needs an ${role}'s account; you are signed in as ${caller.role}.`), caller, `role ${caller.role}`);
  try {
    return await run(caller);
  } catch (error) {
    return apiError(error);
  }
}
