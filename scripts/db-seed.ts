// npm run db:seed: loads the initial record; what already exists is left as it is.
import { openDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrate";
import { createPrismaClient } from "../lib/db/client-factory";
import { seedDatabase } from "../prisma/seed/load";

const db = await openDatabase();
try {
  await applyMigrations(db.url);
  const prisma = createPrismaClient(db.url);
  const created = await seedDatabase(prisma);
  await prisma.$disconnect();
  console.log(`Seeded: ${created.entries} new entries, ${created.actors} new actors, ${created.sources} new sources.`);
} finally {
  await db.close();
}
