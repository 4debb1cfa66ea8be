// What a mutation needs to know about the HTTP request it came in: the client address and whether
// it was sent by a page of this site.

/** How many reverse proxies of ours stand in front of the app (TRUSTED_PROXY_HOPS, default 1). */
function trustedHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

/**
 * The client address, for sign-in limits and the audit log. A client can send any X-Forwarded-For it
 * likes, and each proxy appends the address it saw: so the entry as many places from the right as
 * there are proxies of ours is the first one no client wrote. (With no proxy, Next.js fills the
 * header with the socket's address when the client sent none.) Else unknown.
 */
export function clientIp(headers: Headers): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const forwarded = chain[Math.max(0, chain.length - trustedHops())];
  const ip = forwarded || headers.get("x-real-ip")?.trim();
  // A header is input like any other: keep only what looks like an IPv4 or IPv6 address.
  return ip && /^[0-9a-fA-F:.]{2,45}$/.test(ip) ? ip : null;
}

/** Origins besides the request's own host that may send mutations (APP_ORIGINS, comma-separated). */
function extraOrigins(): string[] {
  return (process.env.APP_ORIGINS ?? "").split(",").map((s) => s.trim()).filter(Boolean);
}

/**
 * True when the request comes from a page of this site. Browsers send Origin with every POST, and
 * Sec-Fetch-Site where they support it; a request without Origin is refused, since cookies alone
 * cannot tell a form of ours from one on another site.
 */
export function isSameOrigin(headers: Headers, requestUrl: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? new URL(requestUrl).host;
  return originHost === host || extraOrigins().includes(origin);
}

/** Cookies get the Secure flag when the site is served over HTTPS (directly or behind a proxy). */
export function isHttps(headers: Headers, requestUrl: string): boolean {
  return headers.get("x-forwarded-proto") === "https" || requestUrl.startsWith("https:");
}
