import "server-only";
// Entry point of an import's dry run: a file's text in, the report a person reads before importing.
import type { PrismaClient } from "../db/generated/client";
import { parseCsv } from "./csv";
import { parseJson } from "./json";
import { planImport, type ImportPlan } from "./plan";

export type ImportFormat = "csv" | "json";
type Db = Pick<PrismaClient, "$queryRaw" | "entry">;

export function parseImportFile(format: ImportFormat, text: string) {
  return format === "csv" ? parseCsv(text) : parseJson(text);
}

export async function planFile(db: Db, format: ImportFormat, text: string): Promise<ImportPlan> {
  return planImport(db, parseImportFile(format, text));
}

/** The dry run as the API and the import page show it. `ready` is false while any row is invalid: an import is all or nothing. */
export function planReport(plan: ImportPlan) {
  const invalidRows = new Set(plan.invalid.map((i) => i.row)).size;
  return {
    ready: plan.invalid.length === 0,
    summary: {
      rows: plan.total,
      create: plan.create.length,
      update: plan.update.length,
      unchanged: plan.unchanged.length,
      duplicates: plan.duplicates.length,
      invalidRows,
      newSources: plan.newSources.length,
    },
    create: plan.create.map((c) => ({ row: c.row, title: c.fields.title, slug: c.slug, kind: c.fields.kind })),
    update: plan.update.map((u) => ({ row: u.row, id: u.id, title: u.fields.title, changes: u.changes })),
    unchanged: plan.unchanged,
    duplicates: plan.duplicates,
    invalid: plan.invalid,
    newSources: plan.newSources.map(({ key: _key, placeholder: _placeholder, ...source }) => source),
  };
}

export type ImportReport = ReturnType<typeof planReport>;
