// Run by scripts/start.ts in a process of its own, which exits once done: applies migrations to
// DATABASE_URL and loads the initial record into an empty database. The launcher then holds only
// the database handle while the app runs, not Prisma and the seed.
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client-factory";
import { seedDatabase } from "../prisma/seed/load";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set");
const applied = await applyMigrations(url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
const prisma = createPrismaClient(url);
try {
  if ((await prisma.entry.count()) === 0) {
    const created = await seedDatabase(prisma);
    console.log(`Loaded the initial record: ${created.entries} entries, ${created.actors} actors, ${created.sources} sources.`);
  }
} finally {
  await prisma.$disconnect();
}
