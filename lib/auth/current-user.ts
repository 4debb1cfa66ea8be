import "server-only";
// Who is signed in, for pages and GET route handlers. Pages use it to decide what to show; every
// change is still checked again in lib/actions/safe-action.ts and the domain functions.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Caller } from "./caller";
import { clientIp } from "./request";
import { hasRole, type Role } from "./roles";
import { sessionUser, type SessionUser } from "./sessions";

export async function currentUser(): Promise<SessionUser | null> {
  return sessionUser(await headers());
}

/** The signed-in caller of a page, or a redirect to sign in (and back here afterwards). */
export async function requireUser(path: string, role: Role = "analyst"): Promise<Caller & { name: string }> {
  const user = await currentUser();
  // The way back fits in a Location header (the sign-in page refuses longer ones anyway).
  if (!user) redirect(path.length <= 500 ? `/sign-in?next=${encodeURIComponent(path)}` : "/sign-in");
  if (!hasRole(user.role, role)) redirect(`/account?needs=${role}`);
  return { userId: user.id, email: user.email, name: user.name, role: user.role, via: "session", ip: clientIp(await headers()) };
}
