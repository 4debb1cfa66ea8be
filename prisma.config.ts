import { defineConfig } from "prisma/config";

// The app resolves its database itself (lib/db/url.ts); the CLI only needs the schema here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
