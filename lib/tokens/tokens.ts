import "server-only";
// Personal API tokens. A token is 32 random bytes, shown to its owner once; the table keeps its
// SHA-256, so a leaked table opens nothing. A request made with a token acts as the token's owner
// with the owner's current role: demoting or disabling the account applies to its tokens at once.
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "../db/client";
import { NotFoundError } from "../api/errors";
import type { Caller } from "../auth/caller";
import { UnauthenticatedError } from "../auth/errors";
import { requireRole } from "../auth/permissions";
import { hasRole } from "../auth/roles";
import { recordAudit } from "../audit/audit";
import { tokenCreateInput, tokenRevokeInput } from "./input";

/** Marks the string as this record's token, so secret scanners and people can recognise one. */
export const TOKEN_PREFIX = "irr_";
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export type TokenSummary = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };
const summary = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** A new token for the caller; `token` is the only time the secret is ever returned. */
export async function createToken(caller: Caller, input: unknown): Promise<TokenSummary & { token: string }> {
  requireRole(caller, "analyst");
  const { name } = tokenCreateInput.parse(input);
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: caller.userId, name, tokenHash: digest(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) },
      select: summary,
    });
    await recordAudit(tx, caller, { action: "token.create", outcome: "ok", targetType: "token", targetId: row.id, details: { name } });
    return { ...row, token };
  });
}

/** Revokes one of the caller's tokens (an admin may revoke anyone's). Revoked tokens stay listed. */
export async function revokeToken(caller: Caller, input: unknown): Promise<TokenSummary> {
  requireRole(caller, "analyst");
  const { id } = tokenRevokeInput.parse(input);
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, select: { userId: true, revokedAt: true } });
    // Someone else's token is "not found" to a non-admin: its existence is not theirs to learn.
    if (!token || (token.userId !== caller.userId && !hasRole(caller.role, "admin"))) throw new NotFoundError("You have no such token.");
    const row = await tx.apiToken.update({ where: { id }, data: { revokedAt: token.revokedAt ?? new Date() }, select: summary });
    await recordAudit(tx, caller, { action: "token.revoke", outcome: "ok", targetType: "token", targetId: id });
    return row;
  });
}

/** The caller's tokens for the account page, newest first. */
export async function listTokens(userId: string): Promise<TokenSummary[]> {
  return prisma.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: summary });
}

/**
 * Who a request's `Authorization: Bearer <token>` header speaks for. Refuses a missing, unknown or
 * revoked token and a disabled account, with a message that says what to do.
 */
export async function tokenCaller(authorization: string | null, ip: string | null): Promise<Caller> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? "");
  if (!match) throw new UnauthenticatedError("Send a personal API token as “Authorization: Bearer <token>”; create one on your account page.");
  const token = match[1];
  if (token.length > 200) throw new UnauthenticatedError("This API token is not valid: create a new one on your account page.");
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: digest(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, role: true, disabledAt: true } } },
  });
  if (!row) throw new UnauthenticatedError("This API token is not valid: check it was copied whole, or create a new one on your account page.");
  if (row.revokedAt) throw new UnauthenticatedError("This API token was revoked: create a new one on your account page.");
  if (row.user.disabledAt) throw new UnauthenticatedError("The account this token belongs to is disabled: ask an admin.");
  // "Last used" to the minute is enough for its owner, and spares a write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { userId: row.user.id, email: row.user.email, role: row.user.role, via: "token", ip };
}
