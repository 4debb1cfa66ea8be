// Forgiving search against the real database: web-search syntax, the vocabulary kept by triggers
// and the spellings it widens to, model numbers however written, the thesaurus and its editors,
// names in Cyrillic and Persian, entries with some of the words, the API's explanation, the
// highlights that say why, and bad input answered with 400.
import fc from "fast-check";
import { stringify } from "csv-stringify/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { suggestActors } from "@/lib/actors/queries";
import { findActors } from "@/lib/actors/manage-queries";
import { cliCaller } from "@/lib/auth/caller";
import { ConflictError } from "@/lib/auth/errors";
import { prisma } from "@/lib/db/client";
import { browseEntries } from "@/lib/entries/browse";
import { entryListQuery } from "@/lib/entries/schemas";
import { createEntry, publishEntry, updateEntry } from "@/lib/entries/write";
import { CSV_HEADER, type CsvRow } from "@/lib/export/csv-columns";
import { fold, tableLatin } from "@/lib/names/transliterate";
import { planSearch } from "@/lib/search/plan";
import { createSynonymSet, deleteSynonymSet, restoreSynonymSet, updateSynonymSet } from "@/lib/thesaurus/write";
import { seedDatabase } from "@/prisma/seed/load";
import { getEntries } from "../support/api";
import { eventInput, seedRefs } from "../support/editor";
import { api, tokenUser } from "../support/write-api";

const slugs = async (q: string) => (await getEntries(`?q=${encodeURIComponent(q)}&pageSize=10`)).body.data.map((e) => e.slug);
const search = async (q: string) => (await getEntries(`?q=${encodeURIComponent(q)}&pageSize=10`)).body;
const vocabulary = async (word: string) =>
  (await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM search.word WHERE word = ${word}`)[0].n > 0n;

let refs: Awaited<ReturnType<typeof seedRefs>>;
const editor = cliCaller();

/** A published entry, written through the domain functions as an editor would. */
async function published(title: string, summary = "A test entry about cooperation.") {
  const draft = await createEntry(editor, { ...eventInput(refs, title), summary });
  return publishEntry(editor, { id: draft.id, version: draft.version, reason: "test" });
}

beforeAll(async () => {
  await seedDatabase(prisma);
  refs = await seedRefs();
});

describe("web-search syntax", () => {
  it("matches a quoted phrase as written, and not its words apart", async () => {
    expect(await slugs('"golden period"')).toEqual(["jalali-golden-period-statement"]);
    expect(await slugs('"period golden"')).toEqual([]);
  });

  it("leaves out entries with an excluded word or phrase", async () => {
    const all = await slugs("Pezeshkian");
    const without = await slugs("Pezeshkian -Kazan -Moscow");
    expect(all).toContain("pezeshkian-attends-brics-summit-in-kazan");
    expect(without).toContain("pezeshkian-treaty-new-chapter-statement");
    expect(without).not.toContain("pezeshkian-attends-brics-summit-in-kazan");
    expect(without).not.toContain("pezeshkian-official-visit-to-moscow-2025");
    expect(await slugs('BRICS -"Russia-hosted"')).not.toContain("pezeshkian-attends-brics-summit-in-kazan");
  });

  it("leaves out entries with a word after NOT, as after a dash", async () => {
    expect(await slugs("Pezeshkian NOT Kazan NOT Moscow")).toEqual(await slugs("Pezeshkian -Kazan -Moscow"));
  });

  it("takes either word around OR", async () => {
    const either = await slugs("drones OR helicopter");
    expect(either).toEqual(expect.arrayContaining(["iran-drone-and-missile-supplies-to-russia", "russian-mi-28ne-helicopter-delivered-to-iran"]));
    expect(either).toHaveLength(2);
  });
});

describe("entries with some of the words", () => {
  it("lists entries with most of the words when none has them all, and says so", async () => {
    const body = await search("Pezeshkian Kazan summit itinerary");
    expect(body.search?.partial).toBe(true);
    expect(body.data[0].slug).toBe("pezeshkian-attends-brics-summit-in-kazan");
    const page = await browseEntries(entryListQuery.parse({ q: "Pezeshkian Kazan summit itinerary" }));
    expect(page.fullMatches).toBe(0);
  });

  it("ranks the entries with every word first", async () => {
    const body = await search("Bushehr nuclear power plant Moscow");
    // No entry has all five; the Bushehr entry has four, entries naming Moscow and nuclear power fewer.
    expect(body.search?.partial).toBe(true);
    expect(body.data[0].slug).toBe("bushehr-nuclear-power-plant-operational");
  });

  it("does not count words no entry can match, a thesaurus term whose set the record lacks included", async () => {
    // No entry has JCPOA nor any term of its set: the floor counts Bushehr and reactor only.
    const jcpoa = await planSearch("JCPOA Bushehr reactor");
    expect(jcpoa?.unmatchable).toBe(true);
    expect(jcpoa?.minClauses).toBe(1);
    expect(await slugs("JCPOA Bushehr reactor")).toContain("bushehr-nuclear-power-plant-operational");
    // A two-letter word no entry has ("zq") is no more matchable than a longer one.
    expect((await planSearch("zq Bushehr nuclear"))?.minClauses).toBe(1);
  });

  it("keeps a phrase's words apart when no term of its thesaurus set is in any entry", async () => {
    // "North-South corridor" is in the INSTC set, but no entry says north, south or INSTC: the entry
    // with "transport corridors" is still among the partial matches.
    const body = await search("north south corridor");
    expect(body.data.map((e) => e.slug)).toContain("tsivilev-visit-to-tehran-2026");
    expect(body.search?.widenedTo).toContainEqual({ from: "north south corridor", to: "INSTC", why: "synonym" });
  });

  it("does not take a word of the thesaurus for a misspelling", async () => {
    // No entry says "reactor"; its set's "nuclear power unit" is in one. It is not "reaction".
    const plan = await planSearch("reactor");
    expect(plan?.didYouMean).toBeNull();
    expect(plan?.widenedTo.filter((w) => w.why === "spelling")).toEqual([]);
    expect(await slugs("reactor")).toContain("putin-new-nuclear-power-units-in-iran-statement");
    // Nor when no term of its set is in any entry: "Kazakhstan" is not "Kazan".
    expect(await slugs("Kazakhstan")).toEqual([]);
  });

  it("asks for every word when enough entries have them all", async () => {
    const body = await search("Iran Russia");
    expect(body.search?.partial).toBe(false);
    expect(body.total).toBeGreaterThan(3);
  });
});

describe("the vocabulary and spelling tolerance", () => {
  it("holds the record's words, in every script, with their Latin forms", async () => {
    expect(await vocabulary("tehran")).toBe(true);
    expect(await vocabulary("bushehr")).toBe(true);
    expect(await vocabulary("путин")).toBe(true);
    const [row] = await prisma.$queryRaw<{ latin: string }[]>`SELECT latin FROM search.word WHERE word = 'پزشکیان'`;
    expect(row.latin).toBe(tableLatin(fold("پزشکیان")));
  });

  it("widens a misspelt or differently transliterated word to the record's spelling, and offers it", async () => {
    const body = await search("Tehraan");
    expect(body.data.map((e) => e.slug)).toContain("tsivilev-visit-to-tehran-2026");
    expect(body.search?.widenedTo).toContainEqual({ from: "tehraan", to: "tehran", why: "spelling" });
    expect(body.search?.didYouMean).toBe("Tehran");
    expect(await slugs("nucleer powr plant")).toContain("bushehr-nuclear-power-plant-operational");
  });

  it("finds a word in its British or American spelling, in a phrase too", async () => {
    // The record says "destabilize"; the English stemmer reads 'destabilis' and 'destabil' apart.
    expect(await slugs("destabilise")).toContain("ryabkov-warns-us-not-to-strike-iran");
    expect(await slugs('"radically destabilise the Middle East"')).toEqual(["ryabkov-warns-us-not-to-strike-iran"]);
    // The treaty's summary says "defence", another entry's quote "defense".
    expect(await slugs("defense technology treaty")).toContain("russia-iran-20-year-strategic-partnership-treaty");
    const body = await search("defense technology");
    expect(body.search?.widenedTo).toContainEqual({ from: "defense", to: "defence", why: "spelling" });
    expect(await slugs("treaty -defense")).not.toContain("russia-iran-20-year-strategic-partnership-treaty");
  });

  it("reads words typed without their spaces as the record's words, and offers them apart", async () => {
    const body = await search("nuclearpowerplant");
    expect(body.data.map((e) => e.slug)).toEqual(["bushehr-nuclear-power-plant-operational"]);
    expect(body.search?.widenedTo).toContainEqual({ from: "nuclearpowerplant", to: "nuclear power plant", why: "joined" });
    expect(body.search?.didYouMean).toBe("nuclear power plant");
    expect(await slugs("goldenperiod")).toEqual(["jalali-golden-period-statement"]);
    // A Persian word without its zero-width non-joiner: the document holds its parts apart.
    expect((await planSearch("هستهای"))?.widenedTo).toContainEqual({ from: "هستهای", to: "هسته ای", why: "joined" });
    // A word of the record is not split ("cooperation" is no "co" and "operation").
    expect((await planSearch("cooperation"))?.widenedTo.filter((w) => w.why === "joined")).toEqual([]);
    const [{ split }] = await prisma.$queryRaw<{ split: string[] | null }[]>`SELECT search.word_split('pipline') AS split`;
    expect(split).toBeNull();
  });

  it("reads one word typed apart as that word, when a part is no word of the record", async () => {
    const body = await search("co operation energy");
    expect(body.data[0].slug).toBe("russian-energy-officials-meet-jalali");
    expect(body.search?.widenedTo).toContainEqual({ from: "co operation", to: "cooperation", why: "joined" });
    expect(await slugs("Bush ehr")).toContain("bushehr-nuclear-power-plant-operational");
    // Two words the record holds are taken as typed.
    expect((await planSearch("press conference"))?.widenedTo.filter((w) => w.why === "joined")).toEqual([]);
  });

  it("reads numbers written as words as their digits, in English, Russian and Persian", async () => {
    const body = await search("fifty-five billion cubic meters");
    expect(body.data[0].slug).toBe("tsivilev-gas-pipeline-55-bcm-statement");
    expect(body.search?.widenedTo).toContainEqual({ from: "fifty five", to: "55", why: "spelling" });
    expect(await slugs("ninety percent")).toContain("iran-russia-tariff-reduction-90-percent-of-goods");
    expect((await slugs("twenty-year treaty"))[0]).toBe("russia-iran-20-year-strategic-partnership-treaty");
    expect(await slugs("договор двадцать лет")).toContain("russia-iran-20-year-strategic-partnership-treaty");
    // A number word is no misspelling of a name ("بیست" is not "boost").
    const persian = await planSearch("پیمان بیست ساله");
    expect(persian?.widenedTo).toContainEqual({ from: "بیست", to: "20", why: "spelling" });
    expect(persian?.widenedTo.filter((w) => w.from === "بیست" && w.to !== "20")).toEqual([]);
  });

  it("finds an entry by the year and month of its date, written out or abbreviated", async () => {
    // The treaty is dated January 2025 and its texts name neither.
    expect(await slugs("treaty January 2025")).toContain("russia-iran-20-year-strategic-partnership-treaty");
    expect(await slugs("Feb 2026 helicopter")).toContain("russian-mi-28ne-helicopter-delivered-to-iran");
  });

  it("finds names transliterated in the French or German manner", async () => {
    expect(await slugs("Iouchkov")).toContain("yushkov-iran-oil-exports-price-statement");
    expect(await slugs("Rjabkow")).toContain("ryabkov-warns-us-not-to-strike-iran");
    // A spelling of a place no entry names is widened like a word the record lacks.
    const body = await search("Bouchehr");
    expect(body.data.map((e) => e.slug)).toContain("bushehr-nuclear-power-plant-operational");
    expect(body.search?.didYouMean).toBe("Bushehr");
  });

  it("does not widen a word the record holds, nor a quoted one", async () => {
    expect((await search("Tehran")).search?.widenedTo).toEqual([]);
    expect((await search('"Tehraan"')).total).toBe(0);
  });

  it("learns the words of a new published entry at once", async () => {
    expect(await vocabulary("zvezdochka")).toBe(false);
    await published("Zvezdochka shipyard to service Iranian submarines");
    expect(await vocabulary("zvezdochka")).toBe(true);
    expect(await slugs("Zvezdochkа shipyrd")).toHaveLength(1);
  });

  it("keeps drafts' words out until they are published", async () => {
    await createEntry(editor, eventInput(refs, "Quarantined Krasnoyarsk draft"));
    expect(await vocabulary("krasnoyarsk")).toBe(false);
  });

  it("learns the words of imported entries, and of rows inserted as a restore inserts them", async () => {
    const { token } = await tokenUser("editor");
    const row: Partial<CsvRow> = {
      kind: "event", title: "Khorramshahr port upgrade financed by Russian bank", summary: "A port upgrade.", date_start: "2026-01",
      sectors: "transport", places: "Khorramshahr", actors: "Iran (participant)", source_title: "Port report", source_publisher: "Example News",
    };
    const body = stringify([CSV_HEADER, CSV_HEADER.map((c) => row[c] ?? "")]);
    const imported = await api("POST", "/api/v1/imports?dryRun=false&state=published", { token, body, headers: { "content-type": "text/csv" } });
    expect(imported.status, JSON.stringify(imported.json.error)).toBe(201);
    expect(await vocabulary("khorramshahr")).toBe(true);

    // A restore fills tables with INSERT … SELECT (lib/backup/restore.ts): the triggers see it too.
    await prisma.$executeRaw`INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "datePrecision", "state", "updatedAt")
      SELECT 'restored-1', 'restored-entry', 'event', 'Bandar Abbas ferry line restored', 'x', 'unknown', 'published', now()`;
    expect(await vocabulary("abbas")).toBe(true);
    expect(await slugs("Bandar Abas ferry")).toContain("restored-entry");

    // The lexemes a prefix is written as (lib/search/lexemes.ts) are learnt from such rows too.
    const before = await published("Kelvarosh dam inspected");
    await prisma.$executeRaw`INSERT INTO "Entry" ("id", "slug", "kind", "title", "summary", "datePrecision", "state", "updatedAt")
      SELECT 'restored-2', 'restored-canal-entry', 'event', 'Kelvaroshan canal reopened', 'x', 'unknown', 'published', now()`;
    expect((await slugs("kelvarosh")).sort()).toEqual([before.slug, "restored-canal-entry"].sort());
  });
});

describe("model numbers written joined, split or hyphenated", () => {
  it("finds Su-35 as Su35, Su 35 and Su-35, and Mi-28NE however written", async () => {
    const entry = await published("Iran takes delivery of Su-35 fighters");
    for (const q of ["Su35", "Su 35", "Su-35", "su35 fighters"]) expect(await slugs(q), q).toContain(entry.slug);
    for (const q of ["Mi28NE", "Mi 28NE", "Mi-28 NE", "mi28ne helicopter", "Ми-28НЭ", "Ми-28"]) expect(await slugs(q), q).toContain("russian-mi-28ne-helicopter-delivered-to-iran");
    expect((await search("Su35")).search?.widenedTo).toContainEqual({ from: "su35", to: "su 35", why: "joined" });
  });
});

describe("the thesaurus", () => {
  it("widens a query through the seeded sets, multi-word phrases included", async () => {
    expect(await slugs("NPP")).toContain("bushehr-nuclear-power-plant-operational");
    const body = await search("restrictive measures");
    expect(body.data.map((e) => e.slug)).toContain("tsivilev-visit-to-tehran-2026");
    expect(body.search?.widenedTo).toContainEqual({ from: "restrictive measures", to: "sanctions", why: "synonym" });
    expect(await slugs("nuclear power stations")).toContain("bushehr-nuclear-power-plant-operational");
  });

  it("knows a country by its adjective, atomic for nuclear, and the payment systems by name", async () => {
    expect(await slugs("Israeli air strikes Iranian targets")).toContain("israel-resumes-missile-strikes-on-iran");
    expect(await slugs("atomic energy")).toContain("bushehr-nuclear-power-plant-operational");
    for (const q of ["SPFS", "Mir Shetab cards"]) expect(await slugs(q), q).toContain("iran-russia-payment-systems-integration");
    expect(await slugs("envoy Jalali")).toContain("jalali-golden-period-statement");
  });

  it("reads Russian and Persian words through the thesaurus, in any case or number", async () => {
    expect(await slugs("беспилотники")).toContain("iran-drone-and-missile-supplies-to-russia");
    expect(await slugs("вертолёт")).toContain("russian-mi-28ne-helicopter-delivered-to-iran");
    expect(await slugs("о стратегическом партнёрстве")).toContain("russia-iran-20-year-strategic-partnership-treaty");
    expect(await slugs("معاهده راهبردی")).toContain("russia-iran-20-year-strategic-partnership-treaty");
    // Persian digits are digits.
    expect(await slugs("هلیکوپتر میل ۲۸")).toContain("russian-mi-28ne-helicopter-delivered-to-iran");
  });

  it("reads a Persian word written with a zero-width non-joiner as one word, its plural as its singular", async () => {
    // Not two words to find anywhere: "ای" alone is no prefix of every entry naming ایران.
    expect(await slugs("خامنه\u200cای")).toEqual([]);
    expect(await slugs("تحریم\u200cها")).toContain("tsivilev-visit-to-tehran-2026");
    expect(await slugs("نیروگاه هسته\u200cای")).toContain("bushehr-nuclear-power-plant-operational");
  });

  it("knows more acronyms, and more of the record's words in Russian and Persian", async () => {
    expect(await slugs("پدافند هوایی")).toContain("austin-russia-iran-military-cooperation-claim");
    expect(await slugs("کریدور حمل و نقل")).toContain("tsivilev-visit-to-tehran-2026");
    expect(await slugs("رزمایش مشترک")).toContain("russia-iran-20-year-strategic-partnership-treaty");
    expect(await slugs("دوران طلایی")).toContain("jalali-golden-period-statement");
    expect(await slugs("golden era")).toContain("jalali-golden-period-statement");
    expect(await slugs("SecDef")).toContain("austin-russia-iran-military-cooperation-claim");
    expect((await slugs("military drills"))[0]).toBe("russia-iran-20-year-strategic-partnership-treaty");
    const body = await search("NSTC");
    expect(body.search?.widenedTo).toContainEqual({ from: "nstc", to: "North-South Transport Corridor", why: "synonym" });
  });

  it("finds an acronym in its plural and written with dots", async () => {
    expect(await slugs("NPPs")).toContain("bushehr-nuclear-power-plant-operational");
    expect(await slugs("B.R.I.C.S.")).toContain("iran-joins-brics");
    // Typed in lowercase too.
    expect(await slugs("55 bcms")).toContain("tsivilev-gas-pipeline-55-bcm-statement");
  });

  it("is kept by editors: a new set widens at once, a deleted one no longer, every change audited", async () => {
    const entry = await published("Caspian flotilla review announced");
    expect(await slugs("naval drills")).not.toContain(entry.slug);
    const set = await createSynonymSet(editor, { terms: "Caspian flotilla\nnaval drills" });
    expect(await slugs("naval drills")).toContain(entry.slug);

    const changed = await updateSynonymSet(editor, { id: set.id, version: set.version, terms: ["Caspian flotilla", "naval drills", "sea manoeuvres"] });
    expect(await slugs("sea manoeuvres")).toContain(entry.slug);
    await expect(updateSynonymSet(editor, { id: set.id, version: set.version, terms: ["a", "b"] })).rejects.toBeInstanceOf(ConflictError);

    await deleteSynonymSet(editor, { id: set.id, version: changed.version });
    expect(await slugs("naval drills")).not.toContain(entry.slug);
    await restoreSynonymSet(editor, { id: set.id });
    expect(await slugs("naval drills")).toContain(entry.slug);

    const audited = await prisma.auditEvent.findMany({ where: { targetType: "synonym-set", targetId: set.id }, orderBy: { id: "asc" } });
    expect(audited.map((a) => a.action)).toEqual(["synonym.create", "synonym.update", "synonym.delete", "synonym.restore"]);
  });

  it("widens a phrase of several words, numbers included, to a phrase the record has", async () => {
    expect(await slugs("gold standard desktop 0")).not.toContain("jalali-golden-period-statement");
    await createSynonymSet(editor, { terms: "gold standard desktop 0\ngolden period" });
    expect(await slugs("gold standard desktop 0")).toContain("jalali-golden-period-statement");
    expect(await slugs("gold standard desktop")).not.toContain("jalali-golden-period-statement");
  });

  it("refuses a set of fewer than two terms, saying what to do", async () => {
    await expect(createSynonymSet(editor, { terms: "only one" })).rejects.toThrow(/at least two different terms/);
  });
});

describe("the query as the search index reads it", () => {
  const bySql = async (tsquery: string) =>
    (
      await prisma.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Entry" WHERE "state" = 'published' AND "deletedAt" IS NULL
        AND "searchDocument" @@ to_tsquery('english', ${tsquery}) ORDER BY "slug"`
    ).map((r) => r.slug);

  it("writes a last word's prefix as the words the record holds, finds what the prefix finds, and learns a new one at once", async () => {
    const first = await published("Zarvandex terminal opened");
    const second = await published("Zarvandexport credit line agreed");
    const plan = await planSearch("zarvandex");
    expect(plan?.all).not.toContain(":*");
    const found = (await slugs("zarvandex")).sort();
    expect(found).toEqual([first.slug, second.slug].sort());
    expect(found).toEqual(await bySql("zarvandex:*"));

    // A word first written after the plan above is found at once, published or still a draft.
    const third = await published("Zarvandexline swap signed");
    expect(await slugs("zarvandex")).toContain(third.slug);
    // And a word an edit brings in.
    const edited = await published("Port terminal expanded");
    await updateEntry(editor, { id: edited.id, version: edited.version, reason: "name", summary: "The Zarvandexgate terminal." });
    expect(await slugs("zarvandex")).toContain(edited.slug);
    const { token } = await tokenUser("editor");
    const draft = await createEntry(editor, { ...eventInput(refs, "Zarvandexdraft survey begins") });
    const drafts = await api("GET", "/api/v1/entries?state=draft&q=zarvandex", { token });
    expect(drafts.json.data.map((e: { id: string }) => e.id)).toContain(draft.id);
  });

  it("leaves out a synonym no entry has, still says it widened to it, and finds it once an entry has it", async () => {
    const pipeline = await published("Qelvarin pumping station inspected");
    await createSynonymSet(editor, { terms: "qelvarin\nmorduvant" });
    const plan = await planSearch("qelvarin");
    expect(plan?.all).not.toContain("morduvant");
    const body = await search("qelvarin");
    expect(body.data.map((e) => e.slug)).toEqual([pipeline.slug]);
    expect(body.search?.widenedTo).toContainEqual({ from: "qelvarin", to: "morduvant", why: "synonym" });

    const synonym = await published("Morduvant tender opened");
    expect((await slugs("qelvarin")).sort()).toEqual([pipeline.slug, synonym.slug].sort());
  });
});

describe("names in their own scripts", () => {
  it("finds actors' entries by their Cyrillic and Persian spellings", async () => {
    expect(await slugs("Путин")).toContain("putin-new-nuclear-power-units-in-iran-statement");
    expect(await slugs("پزشکیان")).toContain("pezeshkian-attends-brics-summit-in-kazan");
    expect(await slugs("Рябков")).toContain("ryabkov-warns-us-not-to-strike-iran");
  });

  it("transliterates a native spelling the record has never seen, and says so", async () => {
    const body = await search("Песешкиан");
    expect(body.data.map((e) => e.slug)).toContain("pezeshkian-treaty-new-chapter-statement");
    expect(body.search?.widenedTo.some((w) => w.why === "script" && w.to === "pezeshkian")).toBe(true);
    // Arabic letter forms of a Persian name (ي, ك) are the Persian ones.
    expect(await slugs("پزشكيان")).toContain("pezeshkian-attends-brics-summit-in-kazan");
  });

  it("finds a name recorded only in Cyrillic from its Latin spelling", async () => {
    const actor = await prisma.actor.create({ data: { slug: "nikolai-patrushev", name: "Николай Патрушев", kind: "person", names: { create: [{ name: "Николай Патрушев" }] } } });
    const draft = await createEntry(editor, { ...eventInput(refs, "Security council secretary holds talks"), actors: [{ actorId: actor.id, role: "participant" }] });
    await publishEntry(editor, { id: draft.id, version: draft.version, reason: "test" });
    const body = await search("Patrushev");
    expect(body.data.map((e) => e.id)).toContain(draft.id);
    expect(body.search?.widenedTo).toContainEqual({ from: "patrushev", to: "патрушев", why: "script" });
    expect((await suggestActors("Patrushev")).map((a) => a.slug)).toContain("nikolai-patrushev");
  });

  it("suggests and picks actors from any script through the one matcher", async () => {
    expect((await suggestActors("Путин"))[0].slug).toBe("vladimir-putin");
    expect((await suggestActors("لاریجانی"))[0].slug).toBe("ali-larijani");
    expect((await findActors("Цивилёв"))[0].name).toBe("Sergei Tsivilev");
    expect((await getEntries("?actor=" + encodeURIComponent("Пезешкиан"))).body.total).toBeGreaterThan(0);
  });

  it("keeps the SQL and JavaScript transliteration tables in step", async () => {
    const samples = ["Сергей Цивилёв", "Щукин Жуков Хабаров", "Юлия Яковлева", "مسعود پزشکیان", "کاظم جلالی", "غلامعلی خوشرو", "ژاله چگینی"];
    const rows = await prisma.$queryRaw<{ latin: string }[]>`SELECT public.record_latin(public.record_fold(s)) AS latin FROM unnest(${samples}::text[]) WITH ORDINALITY AS x(s, i) ORDER BY i`;
    expect(rows.map((r) => r.latin)).toEqual(samples.map((s) => tableLatin(fold(s))));
  });
});

describe("why an entry matched", () => {
  it("marks a widened word with why it matched", async () => {
    const page = await browseEntries(entryListQuery.parse({ q: "Tehraan" }));
    const entry = page.data.find((e) => e.slug === "tsivilev-visit-to-tehran-2026")!;
    const marks = page.highlights[entry.id].title.filter((p) => p.match);
    expect(marks).toContainEqual({ text: "Tehran", match: true, why: "spelling", from: "tehraan" });
  });
});

describe("bad input", () => {
  it("answers 400 with a clear message for a query too long", async () => {
    const { status, body } = await getEntries(`?q=${"a".repeat(201)}`);
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(/200 characters/);
  });

  it("never fails on any text typed into q", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 60 }), fc.stringMatching(/^[-"“»|:*&!()' OR\p{L}\d]{0,40}$/u), fc.constantFrom('"', "-", "OR", "- -", '-"', "a OR", "OR b", "::*", "!&|", "(", "''", "Su-", "-35")),
        async (q) => {
          const { status } = await getEntries(`?q=${encodeURIComponent(q)}`);
          expect(status, JSON.stringify(q)).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
