// Writes the CSV column table into docs/import.md from lib/export/csv-columns.ts, so the
// documentation cannot drift from the code: npm run docs:import
import { readFileSync, writeFileSync } from "node:fs";
import { CSV_COLUMNS } from "../lib/export/csv-columns";

const file = "docs/import.md";
const table = CSV_COLUMNS.map(([name, help]) => `| \`${name}\` | ${help.replace(/\|/g, "\\|")} |`).join("\n");
const text = readFileSync(file, "utf8");
const start = text.indexOf("| --- | --- |\n") + "| --- | --- |\n".length;
const end = text.indexOf("\n\n", start);
writeFileSync(file, text.slice(0, start) + table + text.slice(end));
console.log(`Wrote ${CSV_COLUMNS.length} columns into ${file}.`);
