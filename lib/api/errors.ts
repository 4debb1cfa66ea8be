import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { ConflictError, ForbiddenError, InvalidRequestError, RateLimitedError, UnauthenticatedError } from "../auth/errors";

/** Expected failures whose message is safe to show. */
export class NotFoundError extends Error {}

const body = (message: string, extra: Record<string, unknown> = {}) => ({ error: { message, issues: [], ...extra } });

/**
 * The one place an API error becomes a response: invalid input 400 with the Zod issues, 401 not
 * signed in, 403 not allowed, 404 for what does not exist, 409 when someone else changed it first
 * (with what it looks like now), 422 for a request that cannot be done, 429 with Retry-After, and a
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
  console.error("API error", error);
  return NextResponse.json(body("Something went wrong on our side; try again, and report it if it persists."), { status: 500 });
}
