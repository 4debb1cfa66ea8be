import "server-only";
// Who is signed in, from a request's cookies, through Better Auth.
import { getAuth } from "./better-auth";
import { ROLES, type Role } from "./roles";

export { SESSION_COOKIE } from "./better-auth";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in user of these request headers, or null (no session, expired, or account disabled). */
export async function sessionUser(headers: Headers): Promise<SessionUser | null> {
  if (!headers.get("cookie")) return null;
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers, query: { disableRefresh: false } });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string; disabledAt?: Date | null };
  if (user.disabledAt || !ROLES.includes(user.role as Role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}

/** The signed-in user of a route handler's request (GET lookups; mutations use safe-action). */
export function requestUser(request: { headers: Headers }): Promise<SessionUser | null> {
  return sessionUser(request.headers);
}
