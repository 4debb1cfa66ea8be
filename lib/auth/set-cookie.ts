// Better Auth answers with Set-Cookie headers; the mutation wrapper re-issues them with the flags
// this request deserves (Secure over HTTPS). Only name, value and lifetime are taken from them.
export type CookieChange = { name: string; value: string; expires?: Date; maxAge?: number };

export function parseSetCookies(headers: Headers): CookieChange[] {
  return headers.getSetCookie().map((line) => {
    const [pair, ...attributes] = line.split(";").map((s) => s.trim());
    const eq = pair.indexOf("=");
    const change: CookieChange = { name: pair.slice(0, eq), value: decodeURIComponent(pair.slice(eq + 1)) };
    for (const attribute of attributes) {
      const [key, value] = attribute.split("=");
      if (key.toLowerCase() === "max-age") change.maxAge = Number(value);
      if (key.toLowerCase() === "expires") change.expires = new Date(value);
    }
    return change;
  });
}
