// The backup file: a version, the migrations the database had, and one array of rows per table
// (each row as PostgreSQL's row_to_json writes it). New tables only add arrays; the version
// changes only when an old reader could no longer restore a new file.
import { z } from "zod";

export const BACKUP_FORMAT = "iran-russia-record-backup";
export const BACKUP_VERSION = 1;

export const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT, { error: "not a backup of this record (format)" }),
  version: z
    .number()
    .int()
    .min(1)
    .max(BACKUP_VERSION, { error: `written by a newer version of the app (backup format above ${BACKUP_VERSION}): upgrade the app first` }),
  exportedAt: z.string(),
  /** Names of the migrations applied to the database the backup came from. */
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

export type BackupFile = z.infer<typeof backupFile>;
