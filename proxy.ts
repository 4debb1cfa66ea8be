// A fresh Content Security Policy for every page: scripts run only from this site or with this
// response's nonce (Next.js adds it to its own scripts), so text that looks like a script never
// runs; no framing by other sites. Nonces need dynamic rendering: the root layout reads the
// session cookie, so every page is rendered per request. Redirects and headers only: authorisation is checked by every
// mutation itself (lib/actions/safe-action.ts).
import { NextResponse, type NextRequest } from "next/server";
import { badPathSegment } from "./lib/validation/text";

/** An address whose path is not text (lib/validation/text.ts) gets a 400 that says why, pages and API alike. */
function refuseBadPath(request: NextRequest): NextResponse | null {
  const bad = badPathSegment(request.nextUrl.pathname);
  if (!bad) return null;
  const message = `The address ${bad.message} (path segment “${bad.segment.slice(0, 60)}”).`;
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { message: `path: ${message}`, issues: [{ path: ["path"], message, code: "custom" }] } }, { status: 400 });
  }
  return new NextResponse(`Bad request: ${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export function proxy(request: NextRequest) {
  const refused = refuseBadPath(request);
  if (refused) return refused;
  // The API sets no page policy: it serves JSON, CSV and feeds, never HTML.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  // Prefetches render nothing a reader sees: no policy needed.
  if (request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch") return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const policy = [
    "default-src 'self'",
    // React needs eval only for its development error overlay.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (chart bars and the like) are allowed: CSS cannot run script, and a
    // nonce here would make browsers ignore 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every request but static files: the path check applies to prefetches and the API too.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
