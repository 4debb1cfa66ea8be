// `npm run user`: the first admin comes from the command line, with the password on standard input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { post } from "../support/editor";
import { createUser, setRole } from "@/lib/accounts/accounts";
import { cliCaller } from "@/lib/auth/caller";

function user(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/user.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

// Each test starts the command several times (tsx compiles it each time): minutes on a busy machine.
describe("npm run user", { timeout: 240_000 }, () => {
  it("adds an admin with the password from standard input, who can then sign in", async () => {
    const added = user(["add", "--email", "First.Admin@Example.org", "--name", "First Admin", "--role", "admin"], "a long admin password\n");
    expect(added.err).toBe("");
    expect(added.out).toContain("Added first.admin@example.org as admin.");
    const signedIn = await post("account.sign-in", { email: "first.admin@example.org", password: "a long admin password" });
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.data).toEqual({ name: "First Admin", role: "admin" });
    // The password never reaches the database in the clear.
    const row = await prisma.account.findFirstOrThrow({ where: { user: { email: "first.admin@example.org" }, providerId: "credential" } });
    expect(row.password).toMatch(/^\$argon2id\$/);
  });

  it("reads the password from a file, lists accounts and changes roles", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "record-user-")), "password");
    writeFileSync(file, "an editor's long password\n");
    expect(user(["add", "--email", "ed@example.org", "--role", "editor", "--password-file", file]).out).toContain("Added ed@example.org as editor.");
    expect(user(["add", "--email", "ana@example.org", "--role", "analyst", "--password-file", file]).out).toContain("Added ana@example.org as analyst.");
    expect(user(["role", "--email", "ed@example.org", "--role", "analyst"]).out).toContain("ed@example.org is now analyst.");
    const list = user(["list"]).out;
    expect(list).toMatch(/ed@example\.org\s+analyst/);
    expect(list).toMatch(/ana@example\.org\s+analyst/);
  });

  it("refuses a short password, a duplicate account and demoting the last admin, saying why", async () => {
    const short = user(["add", "--email", "x@example.org", "--role", "editor"], "short\n");
    expect(short.code).toBe(1);
    expect(short.err).toContain("password: use at least 12 characters");
    expect(user(["add", "--email", "twice@example.org", "--role", "editor"], "a long enough password\n").out).toContain("Added twice@example.org as editor.");
    const twice = user(["add", "--email", "twice@example.org", "--role", "editor"], "another long password\n");
    expect(twice.err).toContain("There is already an account for twice@example.org.");
    // The only admin of this database (the first test may have added one already).
    if ((await prisma.user.count({ where: { role: "admin" } })) === 0) user(["add", "--email", "only.admin@example.org", "--role", "admin"], "a long admin password\n");
    const [only] = await prisma.user.findMany({ where: { role: "admin" } });
    const last = user(["role", "--email", only.email, "--role", "editor"]);
    expect(last.err).toContain("This is the last admin");
    expect((await prisma.user.findUniqueOrThrow({ where: { email: only.email } })).role).toBe("admin");
    expect(user([]).err).toContain("usage:");
  });

  it("keeps an admin when two admins demote each other at the same moment", async () => {
    if ((await prisma.user.count({ where: { role: "admin" } })) === 0) user(["add", "--email", "only.admin@example.org", "--role", "admin"], "a long admin password\n");
    const [first] = await prisma.user.findMany({ where: { role: "admin" } });
    const second = await createUser(cliCaller(), { email: "second.admin@example.org", name: "Second Admin", role: "admin", password: "a long admin password" });
    const as = (u: { id: string; email: string }) => ({ userId: u.id, email: u.email, role: "admin" as const, via: "session" as const, ip: null });
    for (let round = 0; round < 3; round++) {
      const outcomes = await Promise.allSettled([
        setRole(as(first), { email: second.email, role: "editor" }),
        setRole(as(second), { email: first.email, role: "editor" }),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(String((outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason)).toContain("This is the last admin");
      expect(await prisma.user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);
      // Both admins again for the next round.
      await prisma.user.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { role: "admin" } });
    }
  });

  it("refuses a role change made from a role the account no longer has, so no admin undoes another's unseen", async () => {
    const admin = (await prisma.user.findFirstOrThrow({ where: { role: "admin" } })) as { id: string; email: string };
    const caller = { userId: admin.id, email: admin.email, role: "admin" as const, via: "session" as const, ip: null };
    const someone = await createUser(cliCaller(), { email: "role.seen@example.org", name: "Role Seen", role: "analyst", password: "a long enough password" });
    // Two admins' pages both show "analyst"; the first makes them editor.
    await setRole(caller, { email: someone.email, role: "editor", from: "analyst" });
    await expect(setRole(caller, { email: someone.email, role: "admin", from: "analyst" })).rejects.toThrow("Someone made role.seen@example.org editor meanwhile: reload the page to see it, then choose again.");
    expect((await prisma.user.findUniqueOrThrow({ where: { id: someone.id } })).role).toBe("editor");
  });
});
