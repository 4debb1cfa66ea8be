import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";

/** Expected failures whose message is safe to show. */
export class NotFoundError extends Error {}

/**
 * The one place an API error becomes a response: invalid input 400 with the Zod issues,
 * 404 for what does not exist, and a generic 500 that logs the cause and reveals none of it.
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
  if (error instanceof NotFoundError) {
    return NextResponse.json({ error: { message: error.message, issues: [] } }, { status: 404 });
  }
  console.error("API error", error);
  return NextResponse.json(
    { error: { message: "Something went wrong on our side; try again, and report it if it persists.", issues: [] } },
    { status: 500 },
  );
}
