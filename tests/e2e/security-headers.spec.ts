// The built server's own protections, as a browser receives them: a fresh Content Security Policy
// with a nonce on every page (Next's scripts carry it, so the page still works), no framing by
// other sites, no MIME sniffing, a referrer policy; and JSON from /api that can load or run nothing.
import { expect, test } from "@playwright/test";

const cspOf = (header: string | undefined) =>
  new Map((header ?? "").split(";").map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0], d.split(/\s+/).slice(1)] as const));

test("a page has a nonce-based CSP, a new nonce each time, and the other security headers", async ({ page, request }) => {
  const response = await page.goto("/entries");
  const headers = response!.headers();
  const csp = cspOf(headers["content-security-policy"]);
  const scriptSrc = csp.get("script-src") ?? [];
  const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, "script-src has a nonce").toBeTruthy();
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toBe("max-age=31536000");
  expect(headers["x-powered-by"]).toBeUndefined();

  // Next's own scripts carry this response's nonce, so the page's JavaScript runs under the policy.
  const scriptNonces = await page.locator("script[src]").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const n of scriptNonces) expect(n).toBe(nonce);

  // Every response gets its own nonce.
  const again = await request.get("/entries");
  const otherNonce = (cspOf(again.headers()["content-security-policy"]).get("script-src") ?? []).find((s) => s.startsWith("'nonce-"));
  expect(otherNonce).toBeTruthy();
  expect(otherNonce).not.toBe(`'nonce-${nonce}'`);
});

test("JSON from /api can load and run nothing, and is not sniffed or framed", async ({ request }) => {
  const response = await request.get("/api/v1/entries?pageSize=1");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toMatch(/^application\/json/);
  const csp = cspOf(headers["content-security-policy"]);
  expect(csp.get("default-src")).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
});
