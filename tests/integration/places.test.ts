// Places as records, against the real initial record: the place filter in the API (any spelling or
// slug), search by a place's name in any script, the map's counts, a place's page, and the write
// path that links an entry to its places (creating the ones it does not know yet).
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createEntry } from "@/lib/entries/write";
import { mapPlaces, getPlace } from "@/lib/places/queries";
import { readRecord, seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";

const record = readRecord();
const slugs = (body: { data: { slug: string }[] }) => body.data.map((e) => e.slug).sort();
const namingPlace = (names: string[]) =>
  record.entries.filter((e) => e.places.some((p) => names.includes(p))).map((e) => e.slug).sort();

beforeAll(async () => {
  await seedDatabase(prisma);
});

describe("the place filter", () => {
  it("finds a place's entries by its slug or any spelling, in Latin, Cyrillic or Persian script", async () => {
    const tehran = namingPlace(["Tehran"]);
    expect(tehran.length).toBeGreaterThan(1);
    for (const spelling of ["tehran", "Tehran", "Teheran", "Тегеран", "تهران"]) {
      const { status, body } = await getEntries(`?place=${encodeURIComponent(spelling)}&pageSize=100`);
      expect(status, spelling).toBe(200);
      expect(slugs(body), spelling).toEqual(tehran);
    }
  });

  it("forgives a misspelt place and combines with the other filters", async () => {
    const { body } = await getEntries(`?place=Tehrann&pageSize=100`);
    expect(slugs(body)).toEqual(namingPlace(["Tehran"]));
    const nuclear = await getEntries(`?place=moscow&sector=nuclear&pageSize=100`);
    expect(nuclear.body.data.map((e) => e.slug)).toEqual(["putin-new-nuclear-power-units-in-iran-statement"]);
  });

  it("finds nothing for a place the record does not know, and refuses an overlong one", async () => {
    const unknown = await getEntries(`?place=Vladivostok`);
    expect(unknown.status).toBe(200);
    expect(unknown.body.total).toBe(0);
    const long = await getEntries(`?place=${"x".repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.error?.message).toMatch(/place/);
  });

  it("gives each entry its places as names and as records with a slug", async () => {
    const { body } = await getEntries(`?place=bushehr-nuclear-power-plant`);
    expect(body.data).toHaveLength(1);
    expect(body.data[0].places).toEqual(["Bushehr Nuclear Power Plant"]);
    expect(body.data[0].placeLinks).toEqual([
      expect.objectContaining({ slug: "bushehr-nuclear-power-plant", kind: "site", country: "IR", latitude: expect.closeTo(28.83, 1) }),
    ]);
  });
});

describe("search by place names", () => {
  it("finds an entry by a spelling of its place that its text does not use", async () => {
    const { body } = await getEntries(`?q=${encodeURIComponent("Бушерская АЭС")}`);
    expect(body.data.map((e) => e.slug)).toContain("bushehr-nuclear-power-plant-operational");
    const kazan = await getEntries(`?q=${encodeURIComponent("Казань")}`);
    expect(kazan.body.data.map((e) => e.slug)).toContain("pezeshkian-attends-brics-summit-in-kazan");
  });
});

describe("the map's numbers", () => {
  it("counts each place's matching entries through the browse filters, with its main sector", async () => {
    const { places: all, sampledPercent } = await mapPlaces({});
    expect(sampledPercent).toBeNull();
    const moscow = all.find((p) => p.slug === "moscow")!;
    expect(moscow.entries).toBe(namingPlace(["Moscow"]).length);
    const tehran = all.find((p) => p.slug === "tehran")!;
    expect(tehran.entries).toBe(3);
    expect(tehran.sectors).toEqual({ energy: 2, trade: 3, transport: 1, diplomacy: 2 });
    expect(tehran.sector).toBe("trade");
    const { places: energy } = await mapPlaces({ sector: ["energy"] });
    expect(energy.find((p) => p.slug === "kazan")).toBeUndefined();
    expect(energy.find((p) => p.slug === "tehran")?.sector).toBe("energy");
  });
});

describe("a place's page", () => {
  it("has its spellings, entries by year and the actors met there", async () => {
    const place = (await getPlace("tehran"))!;
    expect(place.spellings).toEqual(expect.arrayContaining([{ name: "Тегеран", script: "cyrillic" }, { name: "تهران", script: "persian" }]));
    expect(place.years.reduce((n, y) => n + y.count, 0)).toBe(3);
    expect(place.actors.map((a) => a.name)).toContain("Sergei Tsivilev");
    expect(await getPlace("atlantis")).toBeNull();
  });
});

describe("saving an entry's places", () => {
  it("links known places by any spelling, and creates a new one with gazetteer coordinates, or without when the gazetteer lacks it", async () => {
    const source = await prisma.source.findFirstOrThrow();
    const caller = { userId: "", email: "cli@example.org", role: "editor", via: "cli", ip: null } as const;
    const saved = await createEntry(caller, {
      kind: "event",
      title: "Rail freight through Rasht and Astara",
      summary: "A test.",
      date: { start: "2026-03", end: null },
      sectors: ["transport"],
      places: ["Тегеран", "Yazd", "Qazvin Dry Port Terminal"],
      actors: [],
      citations: [{ sourceId: source.id, quote: null, credibility: null }],
      agreement: null,
      statement: null,
    });
    expect(saved.places).toEqual(["Tehran", "Yazd", "Qazvin Dry Port Terminal"]);
    const yazd = await prisma.place.findUniqueOrThrow({ where: { slug: "yazd" } });
    expect(yazd).toMatchObject({ country: "IR", coordinateSource: "gazetteer" });
    expect(yazd.latitude).toBeCloseTo(31.9, 0);
    const port = await prisma.place.findUniqueOrThrow({ where: { slug: "qazvin-dry-port-terminal" } });
    expect(port).toMatchObject({ latitude: null, longitude: null, coordinateSource: null });
  });
});
