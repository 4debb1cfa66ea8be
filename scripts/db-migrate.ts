// npm run db:migrate: applies the committed migrations to DATABASE_URL, or to the embedded database.
import { openDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrate";

const db = await openDatabase();
try {
  const applied = await applyMigrations(db.url);
  console.log(applied.length ? `Applied ${applied.join(", ")}.` : "The database is up to date.");
} finally {
  await db.close();
}
