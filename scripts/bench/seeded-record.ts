// For the write benchmarks: a throwaway embedded PostgreSQL holding the initial record, an editor to
// act as, and CSV files of new entries naming one actor. The app's client is imported after
// DATABASE_URL is set, since it reads it on first use.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { ensureDatabase } from "../../lib/db/local-database";
import { applyMigrations } from "../../lib/db/migrate";

export async function seededRecord() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "record-bench-"));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, "data"));
  const url = await ensureDatabase(pg.url, "bench");
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { prisma } = await import("../../lib/db/client");
  const { seedDatabase } = await import("../../prisma/seed/load");
  const { createUser } = await import("../../lib/accounts/accounts");
  const { cliCaller } = await import("../../lib/auth/caller");
  await seedDatabase(prisma);
  const editor = await createUser(cliCaller(), { email: "bench-editor@example.org", name: "Bench Editor", role: "editor", password: "correct horse battery staple" });
  return {
    prisma,
    caller: { userId: editor.id, email: editor.email, role: editor.role, via: "cli" as const, ip: null },
    close: async () => {
      await prisma.$disconnect();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A CSV file of `rows` new events naming `actorName`, each with a distinct title and one of 100 sources. */
export async function csvOfEvents(rows: number, actorName: string): Promise<string> {
  const { stringify } = await import("csv-stringify/sync");
  const { CSV_HEADER } = await import("../../lib/export/csv-columns");
  return stringify([
    CSV_HEADER,
    ...Array.from({ length: rows }, (_, i) => {
      const row: Record<string, string> = {
        kind: "event",
        title: `Imported event ${i} ${Math.random().toString(36).slice(2)}`,
        summary: "From a spreadsheet, on the delivery of goods.",
        date_start: `2024-${String((i % 12) + 1).padStart(2, "0")}`,
        sectors: "trade; energy",
        actors: `${actorName} (party)`,
        source_title: `Report ${i % 100}`,
        source_url: `https://example.org/report/${i % 100}`,
      };
      return CSV_HEADER.map((c) => row[c] ?? "");
    }),
  ]);
}
