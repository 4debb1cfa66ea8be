// Full backup and restore into an empty database give back the same record: every table, drafts
// and deleted entries included.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupStream } from "@/lib/backup/backup";
import { RestoreError, restoreBackup } from "@/lib/backup/restore";
import { createPrismaClient } from "@/lib/db/client-factory";
import { prisma } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { readAll } from "@/lib/export/stream";
import { seedDatabase } from "@/prisma/seed/load";
import { createUser } from "@/lib/accounts/accounts";
import { cliCaller } from "@/lib/auth/caller";
import { updateEntry } from "@/lib/entries/write";
import { createToken } from "@/lib/tokens/tokens";
import { createTestDatabase, dropTestDatabase } from "../support/test-database";
import { api, tokenUser } from "../support/write-api";

const serverUrl = inject("postgresServerUrl");
let targetUrl: string;
let target: PrismaClient;
/** The seeded record's backup, restored into target before any test, so each test reads the same state. */
let file: ReturnType<typeof JSON.parse>;
let restored: Awaited<ReturnType<typeof restoreBackup>>;
/** The backed-up database as it stood when the backup was made (a later test adds accounts to it). */
let backedUp: Awaited<ReturnType<typeof snapshot>>;
let backupText: string;
const scratch: { url: string; db: PrismaClient }[] = [];

/** Another empty (migrated) database, for a test of its own. */
async function emptyTarget() {
  const url = await createTestDatabase(serverUrl);
  const db = createPrismaClient(url);
  scratch.push({ url, db });
  return db;
}

/** Everything a reader or an editor could see, read through Prisma, independent of the backup code. */
async function snapshot(db: PrismaClient) {
  return {
    entries: await db.entry.findMany({
      orderBy: { id: "asc" },
      include: {
        actors: { orderBy: [{ actorId: "asc" }, { role: "asc" }] },
        citations: { orderBy: { id: "asc" } },
        steps: { orderBy: { id: "asc" } },
        linksFrom: { orderBy: { id: "asc" } },
      },
    }),
    actors: await db.actor.findMany({ orderBy: { id: "asc" }, include: { names: { orderBy: { id: "asc" } } } }),
    sources: await db.source.findMany({ orderBy: { id: "asc" } }),
    // History and accounts: revisions, the audit log, users and their API tokens.
    revisions: await db.revision.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.findMany({ orderBy: { id: "asc" } }),
    users: await db.user.findMany({ orderBy: { id: "asc" } }),
    tokens: await db.apiToken.findMany({ orderBy: { id: "asc" } }),
  };
}

beforeAll(async () => {
  await seedDatabase(prisma);
  // Work an editor might have done: a draft, a deleted entry, a correction with a new version.
  await prisma.entry.update({ where: { slug: "tsivilev-visit-to-tehran-2026" }, data: { state: "draft" } });
  await prisma.entry.update({ where: { slug: "bushehr-nuclear-power-plant-operational" }, data: { deletedAt: new Date() } });
  await prisma.entry.update({
    where: { slug: "russia-iran-20-year-strategic-partnership-treaty" },
    data: { summary: "Corrected: “quotes”, Цивилёв, تهران, and a\nnew line.", version: { increment: 1 } },
  });
  // History: an editor's corrections leave revisions and audit events; a token belongs to them.
  const editor = await createUser(cliCaller(), { email: "backup-editor@example.org", name: "Backup Editor", role: "editor", password: "correct horse battery staple" });
  const caller = { userId: editor.id, email: editor.email, role: editor.role, via: "session" as const, ip: null };
  const pipeline = await prisma.entry.findUniqueOrThrow({ where: { slug: "russia-iran-gas-pipeline-via-azerbaijan" } });
  await updateEntry(caller, { id: pipeline.id, version: pipeline.version, reason: "Volume per year", summary: "Up to 55 bcm a year." });
  await createToken(caller, { name: "backup script" });
  targetUrl = await createTestDatabase(serverUrl);
  target = createPrismaClient(targetUrl);
  backupText = await readAll(backupStream(prisma));
  file = JSON.parse(backupText);
  backedUp = await snapshot(prisma);
  restored = await restoreBackup(target, structuredClone(file));
});

afterAll(async () => {
  await target.$disconnect();
  await dropTestDatabase(serverUrl, targetUrl);
  for (const { url, db } of scratch) {
    await db.$disconnect();
    await dropTestDatabase(serverUrl, url);
  }
});

describe("backup and restore", () => {
  it("restores into an empty database exactly the record that was backed up", async () => {
    expect(file.format).toBe("iran-russia-record-backup");
    expect(file.version).toBe(1);
    expect(file.migrations.length).toBeGreaterThan(0);
    expect(file.tables.Entry).toHaveLength(backedUp.entries.length);
    expect(restored.Entry).toBe(backedUp.entries.length);

    const [before, after] = [backedUp, await snapshot(target)];
    expect(after.entries.length).toBeGreaterThan(20);
    expect(after.revisions.length).toBeGreaterThanOrEqual(2);
    expect(after.audit.length).toBeGreaterThanOrEqual(3);
    expect(after.tokens).toHaveLength(1);
    expect(after).toEqual(before);
    // Drafts, deleted entries and corrections survive as they were.
    const byslug = new Map(after.entries.map((e) => [e.slug, e]));
    expect(byslug.get("tsivilev-visit-to-tehran-2026")!.state).toBe("draft");
    expect(byslug.get("bushehr-nuclear-power-plant-operational")!.deletedAt).toBeInstanceOf(Date);
    expect(byslug.get("russia-iran-20-year-strategic-partnership-treaty")!.summary).toContain("Цивилёв, تهران");
    expect(byslug.get("russia-iran-20-year-strategic-partnership-treaty")!.version).toBe(2);
  });

  it("backs up the restored database to the same tables and rows", async () => {
    const again = JSON.parse(await readAll(backupStream(target)));
    const first = JSON.parse(backupText);
    const sorted = (rows: { id?: string }[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(Object.keys(again.tables)).toEqual(Object.keys(first.tables));
    for (const name of Object.keys(first.tables)) expect(sorted(again.tables[name]), name).toEqual(sorted(first.tables[name]));
  });

  it("keeps numbering the audit log after the restored events", async () => {
    // Its own database: the audit log only grows, and the other tests compare target with the backup.
    const db = await emptyTarget();
    await restoreBackup(db, structuredClone(file));
    const last = await db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    const next = await db.auditEvent.create({ data: { via: "cli", action: "test.after-restore", outcome: "ok" } });
    expect(next.id).toBeGreaterThan(last.id);
  });

  it("holds no live session nor the secret that signs sessions, and restores an older backup that held them without them", async () => {
    const user = await prisma.user.findFirstOrThrow({ where: { email: "backup-editor@example.org" } });
    const token = `session-token-${Date.now()}`;
    await prisma.session.create({ data: { token, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    await prisma.appSecret.upsert({ where: { name: "backup-test" }, create: { name: "backup-test", value: "signing-secret-value" }, update: {} });
    const text = await readAll(backupStream(prisma));
    expect(text).not.toContain(token);
    expect(text).not.toContain("signing-secret-value");
    const tables = Object.keys(JSON.parse(text).tables);
    for (const name of ["Session", "AppSecret", "Verification", "RateLimit"]) expect(tables).not.toContain(name);
    expect(tables).toContain("User");

    // A backup made before they were left out.
    const older = structuredClone(file);
    older.tables.Session = [{ id: "s1", token, userId: user.id, expiresAt: new Date(Date.now() + 86_400_000).toISOString(), createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }];
    older.tables.AppSecret = [{ name: "auth", value: "signing-secret-value", createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }];
    const db = await emptyTarget();
    const result = await restoreBackup(db, older);
    expect(result.Entry).toBe(backedUp.entries.length);
    expect(await db.session.count()).toBe(0);
    expect(await db.appSecret.count()).toBe(0);
    expect(await db.user.count({ where: { email: "backup-editor@example.org" } })).toBe(1);
  });

  it("refuses to restore over a database that holds anything, and changes nothing", async () => {
    const count = await target.entry.count();
    await expect(restoreBackup(target, file)).rejects.toThrow(/empty database/);
    expect(await target.entry.count()).toBe(count);
  });

  it("refuses a file that is not a backup, or one from a newer app", async () => {
    await expect(restoreBackup(target, { hello: "world" })).rejects.toBeInstanceOf(RestoreError);
    await expect(restoreBackup(target, { ...file, version: 99 })).rejects.toThrow(/newer version/);
    await expect(restoreBackup(target, { ...file, migrations: [...file.migrations, "29991231000000_future"] })).rejects.toThrow(
      /newer database/,
    );
    await expect(restoreBackup(target, { ...file, tables: { ...file.tables, Spaceship: [] } })).rejects.toThrow(/Spaceship/);
  });

  it("tidies what every door tidies: a role's case, and an address that is not a web link kept as text", async () => {
    const edited = structuredClone(file);
    const source = edited.tables.Source.find((s: { url: string | null }) => s.url === null);
    source.url = "javascript:alert(document.cookie)";
    const link = edited.tables.EntryActor[0];
    link.role = "Host Nation";
    const db = await emptyTarget();
    const result = await restoreBackup(db, edited);
    expect(result.clearedLinks).toBe(1);
    expect(await db.source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ url: null, clearedUrl: "javascript:alert(document.cookie)" });
    expect(await db.entryActor.findFirst({ where: { entryId: link.entryId, actorId: link.actorId, role: "host nation" } })).not.toBeNull();
  });

  it("refuses, naming it, an entry the entry form would refuse, and restores nothing", async () => {
    const edited = structuredClone(file);
    const entry = edited.tables.Entry.find((e: { state: string; deletedAt: string | null }) => e.state === "published" && !e.deletedAt);
    entry.summary = "";
    const db = await emptyTarget();
    await expect(restoreBackup(db, edited)).rejects.toThrow(new RegExp(`${entry.slug}.*summary: the summary is required`));
    expect(await db.entry.count()).toBe(0);
  });

  it("downloads through the API for admins only", async () => {
    const [editor, admin] = [await tokenUser("editor"), await tokenUser("admin")];
    expect((await api("GET", "/api/v1/backup", { token: editor.token })).status).toBe(403);
    expect((await api("GET", "/api/v1/backup")).status).toBe(401);
    const { status, headers, text } = await api("GET", "/api/v1/backup", { token: admin.token });
    expect(status).toBe(200);
    expect(headers.get("content-disposition")).toMatch(/attachment; filename="iran-russia-record-backup-\d+\.json"/);
    const file = JSON.parse(text!);
    expect(file.tables.Entry).toHaveLength(await prisma.entry.count());
    expect(file.tables.ApiToken.length).toBeGreaterThanOrEqual(2);
  });
});
