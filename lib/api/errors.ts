import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { ConflictError, ForbiddenError, InvalidRequestError, RateLimitedError, ServiceBusyError, UnauthenticatedError } from "../auth/errors";

/** Expected failures whose message is safe to show. */
export class NotFoundError extends Error {}

/**
 * The SQLSTATE of a PostgreSQL data exception (class 22: 22021 invalid byte sequence, 22P02
 * invalid text representation, 22001 value too long, 22003 out of range…) behind an error, however
 * Prisma, its pg adapter or pg itself wrapped it; null for anything else.
 */
export function dataExceptionCode(error: unknown): string | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const o = e as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) {
      if (typeof o[key] === "string" && /^22[0-9A-Z]{3}$/.test(o[key] as string)) return o[key] as string;
    }
    // The pg adapter names some of them instead of passing the SQLSTATE on.
    const byKind: Record<string, string> = { LengthMismatch: "22001", ValueOutOfRange: "22003", InvalidInputValue: "22P02" };
    if (typeof o.kind === "string" && byKind[o.kind]) return byKind[o.kind];
    const fromMessage = typeof o.message === "string" ? /Code: `(22[0-9A-Z]{3})`/.exec(o.message) : null;
    if (fromMessage) return fromMessage[1];
    const meta = o.meta as Record<string, unknown> | undefined;
    queue.push(o.cause, meta?.driverAdapterError, meta);
  }
  return null;
}

/**
 * Whether the database could not be reached or went away (refused connection, shutting down,
 * admin termination, connection class 08, or pg's "Client has encountered a connection error and is
 * not queryable" for a query sent on a connection that has just died in a transaction): the request
 * may succeed if sent again shortly.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const o = e as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) {
      const code = o[key];
      if (typeof code === "string" && /^(08...|57P0[1-3]|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|P1001|P1017)$/.test(code)) return true;
    }
    if (typeof o.kind === "string" && ["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"].includes(o.kind)) return true;
    if (typeof o.message === "string" && /Connection terminated|connection timeout|Can't reach database server|Server has closed the connection|the database system is (starting up|shutting down)|is not queryable/i.test(o.message)) return true;
    const meta = o.meta as Record<string, unknown> | undefined;
    queue.push(o.cause, meta?.driverAdapterError, meta, ...(Array.isArray(o.errors) ? o.errors : []));
  }
  return false;
}

const body = (message: string, extra: Record<string, unknown> = {}) => ({ error: { message, issues: [], ...extra } });

/**
 * The one place an API error becomes a response: invalid input 400 with the Zod issues, 401 not
 * signed in, 403 not allowed, 404 for what does not exist, 409 when someone else changed it first
 * (with what it looks like now), 422 for a request that cannot be done (PostgreSQL's data
 * exceptions included: input the schemas let through but the database refuses), 429 with Retry-After, and a
 * generic 500 that logs the cause and reveals none of it.
 */
export function apiError(error: unknown): NextResponse {
  if (error instanceof z.ZodError) {
    return NextResponse.json(
      {
        error: {
          message: error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; "),
          issues: error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })),
        },
      },
      { status: 400 },
    );
  }
  if (error instanceof UnauthenticatedError) return NextResponse.json(body(error.message), { status: 401 });
  if (error instanceof ForbiddenError) return NextResponse.json(body(error.message), { status: 403 });
  if (error instanceof NotFoundError) return NextResponse.json(body(error.message), { status: 404 });
  if (error instanceof ConflictError) return NextResponse.json(body(error.message, { details: error.details }), { status: 409 });
  if (error instanceof InvalidRequestError) return NextResponse.json(body(error.message), { status: 422 });
  if (error instanceof RateLimitedError) {
    return NextResponse.json(body(error.message), { status: 429, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  if (error instanceof ServiceBusyError) {
    return NextResponse.json(body(error.message), { status: 503, headers: { "Retry-After": String(error.retryAfterSeconds) } });
  }
  const dataCode = dataExceptionCode(error);
  if (dataCode) {
    // Input that the boundary schemas (lib/validation/text.ts) should have refused: logged so the
    // hole gets closed, answered as the client's mistake rather than ours.
    console.warn(`API input refused by PostgreSQL (SQLSTATE ${dataCode})`, error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : error);
    return NextResponse.json(
      body("A value in this request cannot be stored or searched (a NUL byte, invalid text, a number out of range or a value too long): correct it and send it again.", { code: dataCode }),
      { status: 422 },
    );
  }
  if (isDatabaseUnavailable(error)) {
    console.warn("Database unavailable:", error instanceof Error ? error.message.split("\n").filter(Boolean).pop() : error);
    return NextResponse.json(body("The database is briefly unavailable: send the request again in a few seconds."), { status: 503, headers: { "Retry-After": "2" } });
  }
  console.error("API error", error);
  return NextResponse.json(body("Something went wrong on our side; try again, and report it if it persists."), { status: 500 });
}
