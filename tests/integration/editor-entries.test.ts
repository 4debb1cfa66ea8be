// Saving entries: no lost update under parallel saves, full history with field diffs and revert,
// reversible deletion, and the public corrections log.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { correctionsLog, entryHistory } from "@/lib/revisions/queries";
import { getEntry } from "@/lib/entries/queries";
import { findSimilarEntries } from "@/lib/entries/similar";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries, getEntryById } from "../support/api";
import { GET as correctionsRoute } from "@/app/api/v1/entries/[id]/corrections/route";
import { account, eventInput, post, seedRefs, type Account } from "../support/editor";

let analyst: Account;
let editor: Account;
let refs: Awaited<ReturnType<typeof seedRefs>>;

beforeAll(async () => {
  await seedDatabase(prisma);
  refs = await seedRefs();
  analyst = await account("analyst");
  editor = await account("editor");
});

describe("parallel saves from the same version", () => {
  it("let exactly one win; the rest are refused with what changed, and history gains one revision", async () => {
    // An entry no other test here reads (the duplicate guard below reads Tsivilev's visit as seeded).
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "pezeshkian-attends-brics-summit-in-kazan" } });
    const revisionsBefore = await prisma.revision.count({ where: { entryId: entry.id } });
    const saves = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        post("entry.update", { id: entry.id, version: entry.version, title: `Pezeshkian attends the Kazan summit (save ${i})`, reason: `parallel save ${i}` }, { cookie: editor.cookie }),
      ),
    );
    const won = saves.filter((s) => s.status === 200);
    const refused = saves.filter((s) => s.status === 409);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(11);
    for (const r of refused) {
      expect(r.json.error?.message).toMatch(/changed this entry while you were editing/);
      expect(r.json.error?.message).toMatch(/Nothing you typed is lost/);
    }
    const winner = (won[0].json.data as { title: string }).title;
    const details = refused[0].json.error?.details as { current: { title: string; version: number } };
    expect(details.current.title).toBe(winner);

    const after = await prisma.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(after.title).toBe(winner);
    expect(after.version).toBe(entry.version + 1);
    // The initial record's state is kept as the first revision, then exactly one save.
    expect(await prisma.revision.count({ where: { entryId: entry.id } })).toBe(revisionsBefore + 2);
    expect(await prisma.revision.count({ where: { entryId: entry.id, action: "update" } })).toBe(1);
  });

  it("refuses a save from an old version that changes a field changed since, even long after", async () => {
    const created = await post("entry.create", eventInput(refs, "Iran and Russia open a joint customs post"), { cookie: editor.cookie });
    const { id } = created.json.data as { id: string };
    expect((await post("entry.update", { id, version: 1, summary: "The summary as corrected first", reason: "first" }, { cookie: editor.cookie })).status).toBe(200);
    expect((await post("entry.update", { id, version: 2, title: "Iran and Russia open a joint customs post at Astara", reason: "second" }, { cookie: editor.cookie })).status).toBe(200);
    const stale = await post("entry.update", { id, version: 1, summary: "An old tab's summary", reason: "late save" }, { cookie: editor.cookie });
    expect(stale.status).toBe(409);
    expect((stale.json.error?.details as { conflicts: { field: string }[] }).conflicts).toEqual([{ field: "summary", label: "Summary" }]);
    expect((await prisma.entry.findUniqueOrThrow({ where: { id } })).summary).toBe("The summary as corrected first");
  });
});

describe("history", () => {
  it("records who changed what and why, field by field, and reverts to any revision as a new one", async () => {
    const created = await post("entry.create", eventInput(refs, "Iran and Russia sign a customs data exchange protocol"), { cookie: analyst.cookie });
    expect(created.status).toBe(200);
    const { id } = created.json.data as { id: string };
    const v2 = await post("entry.update", { id, version: 1, title: "Iran and Russia sign a customs data-exchange protocol", date: { start: "2026-03-04", end: null }, reason: "Date from the ministry's release" }, { cookie: analyst.cookie });
    expect(v2.status).toBe(200);
    const v3 = await post("entry.update", { id, version: 2, sectors: ["trade", "finance"], reason: "It is a trade measure" }, { cookie: editor.cookie });
    expect(v3.status).toBe(200);

    const history = await entryHistory(id);
    expect(history.map((h) => h.version)).toEqual([3, 2, 1]);
    expect(history[0]).toMatchObject({ action: "update", reason: "It is a trade measure", author: "Test editor" });
    expect(history[0].changes).toEqual([{ field: "sectors", label: "Sectors", before: "energy", after: "trade, finance" }]);
    expect(history[1].author).toBe("Test analyst");
    expect(history[1].changes.map((c) => c.label)).toEqual(["Title", "Date"]);
    expect(history[1].changes[1]).toMatchObject({ before: "2026-03", after: "2026-03-04" });
    expect(history[2].changes.map((c) => c.label)).toContain("Title"); // the first revision shows everything

    const reverted = await post("entry.revert", { id, version: 3, toVersion: 1, reason: "Back to what the source says" }, { cookie: editor.cookie });
    expect(reverted.status).toBe(200);
    const after = await entryHistory(id);
    expect(after[0]).toMatchObject({ version: 4, action: "revert", reason: "Back to what the source says" });
    expect(after[0].changes.map((c) => c.label).sort()).toEqual(["Date", "Sectors", "Title"]);
    const entry = await prisma.entry.findUniqueOrThrow({ where: { id } });
    expect(entry.title).toBe("Iran and Russia sign a customs data exchange protocol");
    expect(entry.sectors).toEqual(["energy"]);
    expect(entry.datePrecision).toBe("month");
  });

  it("shows readers a log of corrections once an entry is published", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "bushehr-nuclear-power-plant-operational" } });
    expect(await correctionsLog(entry.id)).toEqual([]);
    const fixed = await post("entry.update", { id: entry.id, version: entry.version, summary: `${entry.summary} (corrected)`, reason: "Corrected the capacity figure" }, { cookie: editor.cookie });
    expect(fixed.status).toBe(200);
    const log = await correctionsLog(entry.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ reason: "Corrected the capacity figure", fields: ["Summary"] });

    const response = await correctionsRoute(new Request("http://localhost/"), { params: Promise.resolve({ id: entry.slug }) });
    expect(response.status).toBe(200);
    expect((await response.json()).data).toEqual([{ date: expect.any(String), reason: "Corrected the capacity figure", fields: ["Summary"] }]);
    const drafts = await correctionsRoute(new Request("http://localhost/"), { params: Promise.resolve({ id: "no-such-entry" }) });
    expect(drafts.status).toBe(404);
  });
});

describe("editorial states", () => {
  it("keeps drafts and entries in review out of reading until an editor publishes them", async () => {
    const created = await post("entry.create", eventInput(refs, "Caspian shipping line opens between Astrakhan and Anzali"), { cookie: analyst.cookie });
    const { id, slug } = created.json.data as { id: string; slug: string };
    expect((await getEntryById(id)).status).toBe(404);
    expect((await post("entry.submit", { id, version: 1 }, { cookie: analyst.cookie })).status).toBe(200);
    expect((await getEntries("?q=Astrakhan%20Anzali")).body.total).toBe(0);

    const returned = await post("entry.return", { id, version: 2, reason: "Add the operator's name" }, { cookie: editor.cookie });
    expect(returned.status).toBe(200);
    expect(returned.json.data).toMatchObject({ state: "draft", reviewNote: "Add the operator's name" });
    expect((await post("entry.submit", { id, version: 3 }, { cookie: analyst.cookie })).status).toBe(200);
    expect((await post("entry.publish", { id, version: 4, reason: "Checked against the source" }, { cookie: editor.cookie })).status).toBe(200);
    expect((await getEntries("?q=Astrakhan%20Anzali")).body.data.map((e) => e.slug)).toEqual([slug]);
  });
});

describe("deleting", () => {
  it("takes an entry off reading and the API, and an editor restores it with its history", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "russia-iran-gas-pipeline-via-azerbaijan" } });
    expect((await getEntryById(entry.slug)).status).toBe(200);
    const totalBefore = (await getEntries("")).body.total;

    const deleted = await post("entry.delete", { id: entry.id, version: entry.version, reason: "Duplicate of another entry" }, { cookie: editor.cookie });
    expect(deleted.status).toBe(200);
    expect((await getEntryById(entry.slug)).status).toBe(404);
    expect(await getEntry(entry.id)).toBeNull();
    expect((await getEntries("")).body.total).toBe(totalBefore - 1);
    expect((await getEntries("?q=pipeline%20Azerbaijan")).body.data.map((e) => e.slug)).not.toContain(entry.slug);
    // Nothing was erased: the row, its citations and its history are all there.
    expect(await prisma.citation.count({ where: { entryId: entry.id } })).toBeGreaterThan(0);

    const restored = await post("entry.restore", { id: entry.id, version: entry.version + 1, reason: "Not a duplicate after all" }, { cookie: editor.cookie });
    expect(restored.status).toBe(200);
    expect((await getEntryById(entry.slug)).body.title).toBe(entry.title);
    expect((await getEntries("")).body.total).toBe(totalBefore);
    const history = await entryHistory(entry.id);
    expect(history.slice(0, 2).map((h) => [h.action, h.reason])).toEqual([
      ["restore", "Not a duplicate after all"],
      ["delete", "Duplicate of another entry"],
    ]);
  });

  it("writes every change to the append-only audit log", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "iran-joins-brics" } });
    expect((await post("entry.delete", { id: entry.id, version: entry.version, reason: "Checking the audit log" }, { cookie: editor.cookie })).status).toBe(200);
    expect((await post("entry.restore", { id: entry.id, version: entry.version + 1, reason: "Checking the audit log" }, { cookie: editor.cookie })).status).toBe(200);
    const events = await prisma.auditEvent.findMany({ where: { action: { in: ["entry.delete", "entry.restore"] }, outcome: "ok", targetId: entry.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.userEmail, e.ip])).toEqual([
      ["entry.delete", editor.email, "198.51.100.7"],
      ["entry.restore", editor.email, "198.51.100.7"],
    ]);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.updateMany({ data: { action: "nothing" } })).rejects.toThrow(/append-only/);
  });
});

describe("saving without changes", () => {
  it("adds no revision and keeps the version", async () => {
    const entry = await prisma.entry.findFirstOrThrow({ where: { slug: "ryabkov-warns-us-not-to-strike-iran" } });
    const saved = await post("entry.update", { id: entry.id, version: entry.version, title: entry.title, reason: "no change" }, { cookie: editor.cookie });
    expect(saved.status).toBe(200);
    expect((await prisma.entry.findUniqueOrThrow({ where: { id: entry.id } })).version).toBe(entry.version);
    expect(await prisma.revision.count({ where: { entryId: entry.id } })).toBe(0);
  });
});

describe("duplicate guard", () => {
  it("finds an entry with a title spelled alike, or with a shared actor close in time", async () => {
    // The seeded title is "Russian Energy Minister Sergey Tsivilyov visits Tehran for talks on energy, trade and transport".
    const byTitle = await findSimilarEntries({ title: "Russian Energy Minister Sergei Tsivilev visits Tehran for energy and trade talks", actorIds: [] });
    expect(byTitle.map((e) => e.slug)).toContain("tsivilev-visit-to-tehran-2026");
    expect(byTitle[0].why).toContain("similar title");
    const shorter = await findSimilarEntries({ title: "Minister Tsivilyov visits Tehran", actorIds: [] });
    expect(shorter.map((e) => e.slug)).toContain("tsivilev-visit-to-tehran-2026");
    // Nothing in the record (nor among the entries the other tests here log) is about caviar.
    expect(await findSimilarEntries({ title: "Caviar auction prices fall", actorIds: [] })).toEqual([]);

    const tsivilev = await prisma.actor.findUniqueOrThrow({ where: { slug: "sergei-tsivilev" } });
    const byActor = await findSimilarEntries({ title: "Gas hub meeting", start: "2026-02-20", actorIds: [tsivilev.id] });
    expect(byActor.find((e) => e.slug === "tsivilev-visit-to-tehran-2026")?.why).toEqual(["1 shared actor", "close date"]);

    const farAway = await findSimilarEntries({ title: "Gas hub meeting", start: "2019-02-20", actorIds: [tsivilev.id] });
    expect(farAway.map((e) => e.slug)).not.toContain("tsivilev-visit-to-tehran-2026");
  });
});
