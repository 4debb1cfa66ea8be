// npm run user -- add --email EMAIL [--name NAME] --role admin|editor|analyst [--password-file PATH]
// npm run user -- list
// npm run user -- role --email EMAIL --role ROLE
// The password is read from standard input (or the file), never from the command line, where other
// users of the machine could see it in the process list.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { openDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrate";

const USAGE = `usage:
  npm run user -- add --email EMAIL --role admin|editor|analyst [--name NAME] [--password-file PATH]
  npm run user -- list
  npm run user -- role --email EMAIL --role admin|editor|analyst`;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (then Enter and Ctrl-D): ");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, "password-file": { type: "string" } },
});
const command = positionals[0];
if (!["add", "list", "role"].includes(command ?? "")) {
  console.error(USAGE);
  process.exit(2);
}

const db = await openDatabase(() => {});
process.env.DATABASE_URL = db.url;
let code = 0;
try {
  await applyMigrations(db.url);
  // Imported after DATABASE_URL is set: the app's client reads it on first use.
  const { createUser, listUsers, setRole } = await import("../lib/accounts/accounts");
  const { cliCaller } = await import("../lib/auth/caller");
  const { prisma } = await import("../lib/db/client");
  if (command === "list") {
    for (const u of await listUsers(cliCaller())) console.log(`${u.email}\t${u.role}\t${u.name}${u.disabledAt ? "\t(disabled)" : ""}`);
  } else if (command === "add") {
    const raw = values["password-file"] ? readFileSync(values["password-file"], "utf8") : await readStdin();
    const password = raw.replace(/\r?\n$/, "");
    const email = values.email ?? "";
    const user = await createUser(cliCaller(), { email, name: values.name ?? email.split("@")[0], role: values.role, password });
    console.log(`Added ${user.email} as ${user.role}.`);
  } else {
    const user = await setRole(cliCaller(), { email: values.email, role: values.role });
    console.log(`${user.email} is now ${user.role}.`);
  }
  await prisma.$disconnect();
} catch (error) {
  code = 1;
  if (error instanceof z.ZodError) console.error(error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
  else console.error(error instanceof Error ? error.message : error);
} finally {
  await db.close();
}
process.exit(code);
