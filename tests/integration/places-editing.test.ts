// Editors add the places the gazetteer lacks and correct the ones it got wrong, through the editor
// mutations: role-checked, audited, refused when stale, and a corrected spelling reaches search.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { account, post, type Account } from "../support/editor";
import { getEntries } from "../support/api";

let editor: Account;
let analyst: Account;

beforeAll(async () => {
  await seedDatabase(prisma);
  [editor, analyst] = [await account("editor"), await account("analyst")];
});

describe("editing places", () => {
  it("adds a site by hand and a city from the gazetteer, with their spellings' scripts, and audits both", async () => {
    const port = await post(
      "place.create",
      { name: "Chabahar Port", kind: "site", country: "IR", geonameId: null, latitude: "25.29", longitude: "60.64", spellings: ["Порт Чабахар", "بندر چابهار"] },
      { cookie: editor.cookie },
    );
    expect(port.status).toBe(200);
    const saved = await prisma.place.findUniqueOrThrow({ where: { slug: "chabahar-port" }, include: { names: true } });
    expect(saved).toMatchObject({ kind: "site", latitude: 25.29, longitude: 60.64, coordinateSource: "hand" });
    expect(saved.names.map((n) => [n.name, n.script]).sort()).toEqual([
      ["Chabahar Port", "latin"],
      ["Порт Чабахар", "cyrillic"],
      ["بندر چابهار", "persian"],
    ]);
    const city = await post("place.create", { name: "Yazd", kind: "city", country: "IR", geonameId: 111822, latitude: "", longitude: "", spellings: [] }, { cookie: editor.cookie });
    expect(city.status).toBe(200);
    expect(await prisma.place.findUniqueOrThrow({ where: { slug: "yazd" } })).toMatchObject({ coordinateSource: "gazetteer", geonameId: 111822 });
    const audit = await prisma.auditEvent.findMany({ where: { action: "place.create", outcome: "ok" } });
    expect(audit).toHaveLength(2);
  });

  it("refuses analysts, a spelling that already names another place, and half a coordinate, saying why", async () => {
    const denied = await post("place.create", { name: "Nowhere", kind: "city", country: null, geonameId: null, latitude: null, longitude: null, spellings: [] }, { cookie: analyst.cookie });
    expect(denied.status).toBe(403);
    const taken = await post("place.create", { name: "Teheran Airport", kind: "site", country: "IR", geonameId: null, latitude: 35.4, longitude: 51.1, spellings: ["Тегеран"] }, { cookie: editor.cookie });
    expect(taken.status).toBe(422);
    expect(taken.json.error?.message).toMatch(/“Тегеран” already names Tehran/);
    const half = await post("place.create", { name: "Half", kind: "city", country: null, geonameId: null, latitude: 30, longitude: "", spellings: [] }, { cookie: editor.cookie });
    expect(half.status).toBe(400);
    expect(JSON.stringify(half.json.error)).toMatch(/both the latitude and the longitude/);
  });

  it("corrects a place's coordinates and spellings; a stale correction is refused; search finds the new spelling", async () => {
    const caspian = await prisma.place.findUniqueOrThrow({ where: { slug: "caspian-sea" }, include: { names: true } });
    const body = {
      id: caspian.id,
      version: caspian.version,
      reason: "more central point",
      name: "Caspian Sea",
      kind: "sea",
      country: null,
      geonameId: null,
      latitude: 42,
      longitude: 50.8,
      spellings: caspian.names.map((n) => n.name).filter((n) => n !== "Caspian Sea"),
    };
    expect((await post("place.update", body, { cookie: editor.cookie })).status).toBe(200);
    const stale = await post("place.update", { ...body, latitude: 40 }, { cookie: editor.cookie });
    expect(stale.status).toBe(409);
    expect(stale.json.error?.message).toMatch(/version/);
    const after = await prisma.place.findUniqueOrThrow({ where: { id: caspian.id } });
    expect([after.latitude, after.longitude, after.coordinateSource, after.version]).toEqual([42, 50.8, "hand", caspian.version + 1]);

    const tehran = await prisma.place.findUniqueOrThrow({ where: { slug: "tehran" }, include: { names: true } });
    const renamed = await post(
      "place.update",
      { id: tehran.id, version: tehran.version, reason: "another spelling", name: "Tehran", kind: "city", country: "IR", geonameId: 112931, latitude: null, longitude: null, spellings: [...tehran.names.map((n) => n.name), "Tihran"] },
      { cookie: editor.cookie },
    );
    expect(renamed.status).toBe(200);
    const { body: found } = await getEntries("?q=Tihran");
    expect(found.data.map((e) => e.slug)).toContain("tsivilev-visit-to-tehran-2026");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "place.update", targetId: tehran.id } });
    expect(audit.details).toMatchObject({ reason: "another spelling" });
  });
});
