// The thesaurus's starter sets reach a database two ways: the seed loads prisma/seed/thesaurus.json
// into a new one, and migrations add the sets written since to a database that already holds sets.
// Both must give the same sets, starter-N being the file's N-th.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readThesaurus } from "./load";

const MIGRATIONS = path.resolve("prisma", "migrations");

const ARRAY = String.raw`ARRAY\[((?:'(?:[^']|'')*'(?:, )?)+)\]`;
const terms = (array: string) => [...array.matchAll(/'((?:[^']|'')*)'/g)].map((t) => t[1].replace(/''/g, "'"));

/** Every set the migrations add, ('starter-N', ARRAY['…', …]), as later migrations leave it. */
function migrationSets(): Map<number, string[]> {
  const sets = new Map<number, string[]>();
  for (const folder of readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const sql = readFileSync(path.join(MIGRATIONS, folder, "migration.sql"), "utf8");
    if (!sql.includes("SynonymSet")) continue;
    for (const m of sql.matchAll(new RegExp(String.raw`\('starter-(\d+)', ${ARRAY}\)`, "g"))) sets.set(Number(m[1]), terms(m[2]));
    // A set a later migration changed ("terms" = ARRAY[…] … WHERE "id" = 'starter-N').
    for (const m of sql.matchAll(new RegExp(String.raw`"terms" = ${ARRAY}[^;]*?WHERE "id" = 'starter-(\d+)'`, "g"))) {
      sets.set(Number(m[2]), terms(m[1]));
    }
  }
  return sets;
}

describe("the thesaurus's starter sets", () => {
  it("are the same in the seed file and in the migrations that add them to existing databases", () => {
    const file = readThesaurus();
    const sets = migrationSets();
    expect(sets.size).toBeGreaterThan(50);
    for (const [id, set] of sets) expect(file[id - 1], `starter-${id}`).toEqual(set);
    // The newest sets are in both.
    expect(Math.max(...sets.keys())).toBe(file.length);
  });
});
