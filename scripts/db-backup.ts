// npm run db:backup -- FILE: writes a full backup of the record (every table) as JSON to FILE, or to stdout.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { openDatabase } from "../lib/db/local-database";
import { createPrismaClient } from "../lib/db/client-factory";
import { backupStream } from "../lib/backup/backup";

const file = process.argv[2];
const db = await openDatabase((m) => console.error(m));
const prisma = createPrismaClient(db.url);
try {
  const out = file ? createWriteStream(file) : process.stdout;
  await pipeline(Readable.fromWeb(backupStream(prisma) as NodeReadableStream), out);
  if (file) console.error(`Backup written to ${file}.`);
} finally {
  await prisma.$disconnect();
  await db.close();
}
