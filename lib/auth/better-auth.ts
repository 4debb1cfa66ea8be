import "server-only";
// Better Auth runs sign-in, sessions, sign-out and password changes, through its Prisma adapter on
// our generated client. It is called from our own routes (lib/actions/safe-action.ts), not mounted
// at /api/auth: the mutation wrapper does the Origin check, the database-backed rate limits and the
// audit log around it.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { prisma } from "../db/client";
import { hashPassword, verifyPassword } from "./password";
import { sessionSecret } from "./secret";

export const SESSION_DAYS = 14;

function createAuth(secret: string) {
  return betterAuth({
    appName: "Iran–Russia cooperation record",
    secret,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts come from an admin or `npm run user`, never from a public sign-up form.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 200,
      // argon2id instead of the default scrypt: both memory-hard; one hash format for the CLI and sign-in.
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: { expiresIn: SESSION_DAYS * 86_400, updateAge: 86_400 },
    user: {
      additionalFields: {
        role: { type: "string", required: false, input: false, defaultValue: "analyst" },
        disabledAt: { type: "date", required: false, input: false },
      },
    },
    // Sign-in limits live in the RateLimit table (lib/auth/rate-limit.ts), per account and per address.
    rateLimit: { enabled: false },
    advanced: {
      // Ids come from the database defaults (cuid), like every other table.
      database: { generateId: false },
      cookiePrefix: "record",
      // The Secure flag is decided per request (HTTPS or not) where the cookie is sent: safe-action.ts.
      useSecureCookies: false,
      ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] },
    },
    telemetry: { enabled: false },
    logger: { level: "error" },
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as unknown as { recordAuth?: Promise<Auth> };

/** The Better Auth instance, created once per process (it needs the signing secret from the database). */
export function getAuth(): Promise<Auth> {
  holder.recordAuth ??= sessionSecret().then(createAuth);
  return holder.recordAuth;
}

export const SESSION_COOKIE = "record.session_token";
