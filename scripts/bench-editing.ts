// npm run bench:editing: how long the editor's operations take, on a throwaway embedded PostgreSQL
// loaded with the initial record. Prints numbers; asserts nothing.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { ensureDatabase } from "../lib/db/local-database";
import { applyMigrations } from "../lib/db/migrate";

const dir = mkdtempSync(path.join(os.tmpdir(), "record-bench-"));
chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres(path.join(dir, "data"));
try {
  process.env.DATABASE_URL = await ensureDatabase(pg.url, "record_bench");
  await applyMigrations(process.env.DATABASE_URL);
  const { prisma } = await import("../lib/db/client");
  const { seedDatabase } = await import("../prisma/seed/load");
  const { hashPassword } = await import("../lib/auth/password");
  const { createUser, signIn } = await import("../lib/accounts/accounts");
  const { cliCaller } = await import("../lib/auth/caller");
  const { updateEntry } = await import("../lib/entries/write");
  const { entryHistory } = await import("../lib/revisions/queries");
  await seedDatabase(prisma);

  const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, p95 ${s[Math.floor(s.length * 0.95)].toFixed(1)} ms (n=${s.length})`;
  };
  const time = async (n: number, f: (i: number) => Promise<unknown>) => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = process.hrtime.bigint();
      await f(i);
      out.push(ms(t));
    }
    return out;
  };

  console.log(`argon2id hash (19 MiB, t=2):      ${stats(await time(10, () => hashPassword("a benchmark password")))}`);
  const user = await createUser(cliCaller(), { email: "bench@example.org", name: "Bench", role: "editor", password: "a benchmark password" });
  const caller = { userId: user.id, email: user.email, role: user.role, via: "session" as const, ip: null };
  console.log(`sign-in (limits + verify + session): ${stats(await time(10, () => signIn({ email: user.email, password: "a benchmark password" }, { ip: "127.0.0.1", headers: new Headers() })))}`);
  const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "russia-iran-20-year-strategic-partnership-treaty" } });
  let version = entry.version;
  console.log(`save an agreement (revision+audit): ${stats(await time(50, async (i) => { version = (await updateEntry(caller, { id: entry.id, version, summary: `${entry.summary} (${i})`, reason: "bench" })).version; }))}`);
  console.log(`history page data (${version} revisions): ${stats(await time(20, () => entryHistory(entry.id)))}`);
  for (const n of [10, 40]) {
    const t = process.hrtime.bigint();
    const results = await Promise.allSettled(Array.from({ length: n }, (_, i) => updateEntry(caller, { id: entry.id, version, title: `Round of ${n}, save ${i}`, reason: "race" })));
    const won = results.filter((r) => r.status === "fulfilled").length;
    console.log(`${n} parallel saves from one version:  ${won} saved, ${n - won} refused, ${ms(t).toFixed(0)} ms in all`);
    version += won;
  }
  await prisma.$disconnect();
} finally {
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
}
