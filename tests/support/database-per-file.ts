// Each integration test file runs against its own database, cloned from the migrated template.
// The app's Prisma client (lib/db/client) reads DATABASE_URL on first use, so setting it here is enough.
import { afterAll, inject } from "vitest";
import { createTestDatabase, dropTestDatabase } from "./test-database";

const serverUrl = inject("postgresServerUrl");
process.env.DATABASE_URL = await createTestDatabase(serverUrl);

afterAll(async () => {
  const holder = globalThis as unknown as { prisma?: { $disconnect: () => Promise<void> } };
  await holder.prisma?.$disconnect();
  delete holder.prisma;
  await dropTestDatabase(serverUrl, process.env.DATABASE_URL!);
});
