import "server-only";
import { prisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { Caller } from "../auth/caller";
import { z } from "zod";
import { ConflictError, InvalidRequestError, RateLimitedError, UnauthenticatedError } from "../auth/errors";
import { hashPassword } from "../auth/password";
import { requireRole } from "../auth/permissions";
import { clearAttempts, countAttempt } from "../auth/rate-limit";
import { APIError } from "better-auth/api";
import { getAuth } from "../auth/better-auth";
import { parseSetCookies, type CookieChange } from "../auth/set-cookie";
import type { SessionUser } from "../auth/sessions";
import { recordAudit } from "../audit/audit";
import { passwordChangeInput, signInInput, userCreateInput, userRoleInput } from "./input";

/** Sign-in limits, per account and per client address, over a 15-minute window. */
export const SIGN_IN_LIMITS = { windowSeconds: 15 * 60, perAccount: 10, perAddress: 50 } as const;

type Client = { ip: string | null; headers: Headers };

/**
 * Checks the password and opens a session. Refuses, without checking the password, once an account
 * or an address has made too many attempts: a guesser learns nothing, and the counters live in the
 * database so every app instance sees them.
 */
export async function signIn(input: unknown, client: Client): Promise<{ cookies: CookieChange[]; user: SessionUser }> {
  const { email, password } = signInInput.parse(input);
  const [account, address] = await Promise.all([
    countAttempt(`sign-in:email:${email}`, SIGN_IN_LIMITS.windowSeconds),
    countAttempt(`sign-in:ip:${client.ip ?? "unknown"}`, SIGN_IN_LIMITS.windowSeconds),
  ]);
  if (account.count > SIGN_IN_LIMITS.perAccount || address.count > SIGN_IN_LIMITS.perAddress) {
    await recordAudit(prisma, { ip: client.ip, email }, { action: "account.sign-in", outcome: "rate-limited" });
    const wait = Math.max(account.count > SIGN_IN_LIMITS.perAccount ? account.retryAfterSeconds : 0, address.count > SIGN_IN_LIMITS.perAddress ? address.retryAfterSeconds : 0);
    throw new RateLimitedError(`Too many sign-in attempts. Wait ${Math.ceil(wait / 60)} minutes and try again, or ask an admin to reset your password.`, wait);
  }
  const denied = async () => {
    await recordAudit(prisma, { ip: client.ip, email }, { action: "account.sign-in", outcome: "denied" });
    return new UnauthenticatedError("That email and password do not match an account. Check both and try again.");
  };
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, disabledAt: true } });
  if (user?.disabledAt) throw await denied();
  const auth = await getAuth();
  const response = await auth.api
    .signInEmail({ body: { email, password, rememberMe: true }, headers: client.headers, asResponse: true })
    .catch((error: unknown) => {
      if (error instanceof APIError) return null;
      throw error;
    });
  if (!user || !response?.ok) throw await denied();
  await clearAttempts(`sign-in:email:${email}`);
  // Housekeeping, cheap and indexed: day-old rate-limit windows.
  await prisma.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 86_400_000) } } });
  const signedIn = { id: user.id, email: user.email, name: user.name, role: user.role };
  await recordAudit(prisma, { userId: user.id, email: user.email, role: user.role, via: "session", ip: client.ip }, { action: "account.sign-in", outcome: "ok", targetType: "user", targetId: user.id });
  return { cookies: parseSetCookies(response.headers), user: signedIn };
}

/** Ends the session of these request headers; returns the cookies that clear it. */
export async function signOut(caller: Caller, headers: Headers): Promise<CookieChange[]> {
  const auth = await getAuth();
  const response = await auth.api.signOut({ headers, asResponse: true });
  await recordAudit(prisma, caller, { action: "account.sign-out", outcome: "ok", targetType: "user", targetId: caller.userId });
  return parseSetCookies(response.headers);
}

/** Changes the caller's own password and signs them out everywhere else; returns the new session's cookies. */
export async function changePassword(caller: Caller, input: unknown, headers: Headers): Promise<CookieChange[]> {
  requireRole(caller, "analyst");
  const { currentPassword, newPassword } = passwordChangeInput.parse(input);
  const auth = await getAuth();
  const response = await auth.api
    .changePassword({ body: { currentPassword, newPassword, revokeOtherSessions: true }, headers, asResponse: true })
    .catch((error: unknown) => {
      if (error instanceof APIError) return null;
      throw error;
    });
  if (!response?.ok) {
    // A field error, so the form shows it next to the field.
    throw new z.ZodError([{ code: "custom", path: ["currentPassword"], message: "this is not your current password; nothing was changed", input: undefined }]);
  }
  await recordAudit(prisma, caller, { action: "account.password", outcome: "ok", targetType: "user", targetId: caller.userId });
  return parseSetCookies(response.headers);
}

export async function createUser(caller: Caller, input: unknown): Promise<SessionUser> {
  requireRole(caller, "admin");
  const { password, ...data } = userCreateInput.parse(input);
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data, select: { id: true, email: true, name: true, role: true } });
      // The credential Better Auth checks at sign-in.
      await tx.account.create({ data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash } });
      await recordAudit(tx, caller, { action: "user.create", outcome: "ok", targetType: "user", targetId: user.id, details: { email: user.email, role: user.role } });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError(`There is already an account for ${data.email}.`);
    }
    throw error;
  }
}

/** Changes a user's role; the last admin cannot be demoted, so someone can always manage accounts. */
export async function setRole(caller: Caller, input: unknown): Promise<SessionUser> {
  requireRole(caller, "admin");
  const { email, role, from } = userRoleInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!found) throw new InvalidRequestError(`There is no account for ${email}.`);
    // The rows are locked before they are read for the decision, and always in the same order, so
    // changes at once queue rather than deadlock: when an admin may lose the role, every admin's row
    // (two admins demoting each other at once would otherwise each count two and leave none).
    type Row = { id: string; role: string; disabled: boolean };
    const locked =
      found.role === "admin" && role !== "admin"
        ? await tx.$queryRaw<Row[]>`SELECT "id", "role"::text AS role, "disabledAt" IS NOT NULL AS disabled FROM "User" WHERE ("role" = 'admin' AND "disabledAt" IS NULL) OR "id" = ${found.id} ORDER BY "id" FOR UPDATE`
        : await tx.$queryRaw<Row[]>`SELECT "id", "role"::text AS role, "disabledAt" IS NOT NULL AS disabled FROM "User" WHERE "id" = ${found.id} FOR UPDATE`;
    const user = locked.find((u) => u.id === found.id)!;
    if (from && user.role !== from) throw new ConflictError(`Someone made ${email} ${user.role} meanwhile: reload the page to see it, then choose again.`);
    const admins = locked.filter((u) => u.role === "admin" && !u.disabled).length;
    if (user.role === "admin" && role !== "admin" && admins <= 1) {
      throw new InvalidRequestError("This is the last admin; make someone else admin first.");
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { role }, select: { id: true, email: true, name: true, role: true } });
    await recordAudit(tx, caller, { action: "user.role", outcome: "ok", targetType: "user", targetId: user.id, details: { email, from: user.role, to: role } });
    return updated;
  });
}

export async function listUsers(caller: Caller) {
  requireRole(caller, "admin");
  return prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
}
