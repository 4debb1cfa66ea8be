import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "../db/client";
import type { Role } from "./roles";

export const SESSION_COOKIE = "record_session";
export const SESSION_DAYS = 14;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new session for the user; returns the cookie token (only its hash is stored). */
export async function createSession(userId: string, ip: string | null, userAgent: string | null): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await prisma.session.create({ data: { id: digest(token), userId, expiresAt, ip, userAgent: userAgent?.slice(0, 300) ?? null } });
  return { token, expiresAt };
}

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in user of a cookie token, or null when it is unknown, expired or the account disabled. */
export async function sessionUser(token: string | undefined | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: digest(token) },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt < new Date() || session.user.disabledAt) return null;
  const { disabledAt: _disabled, ...user } = session.user;
  return user;
}

export async function deleteSession(token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: digest(token) } });
}

/** Signs the user out everywhere but (optionally) the current browser. */
export async function deleteUserSessions(userId: string, keepToken?: string): Promise<void> {
  await prisma.session.deleteMany({ where: { userId, ...(keepToken ? { id: { not: digest(keepToken) } } : {}) } });
}

/** The signed-in user of a route handler's request (GET lookups; mutations use safe-action). */
export function requestUser(request: { cookies: { get: (name: string) => { value: string } | undefined } }): Promise<SessionUser | null> {
  return sessionUser(request.cookies.get(SESSION_COOKIE)?.value);
}
