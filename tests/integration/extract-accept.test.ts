// Accepting a card: the article becomes one source (matched, or added once), the names the analyst
// ticked become actors, and the form's values come back; a reported agreement step goes into the
// existing entry through the normal update, with its version.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { account, post, type Account } from "../support/editor";

let analyst: Account, editor: Account;
const article = { id: null, title: "Duma ratifies the Iran treaty", publisher: "Example Wire", url: "https://wire.example/duma-iran", publishedAt: "2025-04-10" };
const card = (title: string, actors: unknown[]) => ({
  kind: "statement",
  title,
  summary: "Putin said Moscow is considering new nuclear power units in Iran.",
  date: { start: "2025-04", end: null },
  sectors: ["nuclear", "energy"],
  places: ["Moscow"],
  passage: "Russian President Vladimir Putin said that Moscow is considering building new nuclear power units in Iran.",
  actors,
  agreement: null,
  statement: { speaker: "Vladimir Putin", quote: "Moscow is considering building new nuclear power units in Iran.", verbatim: false, language: "en" },
});

beforeAll(async () => {
  await seedDatabase(prisma);
  [analyst, editor] = [await account("analyst"), await account("editor")];
});

describe("accepting a card", () => {
  it("adds the article as one source and the chosen new actors, and returns the form's values", async () => {
    // An article of its own: the step test below adds `article` to the record.
    const article = { id: null, title: "Putin on nuclear units for Iran", publisher: "Example Wire", url: "https://wire.example/putin-units", publishedAt: "2025-04-11" };
    const putin = await prisma.actor.findFirstOrThrow({ where: { slug: "vladimir-putin" } });
    const sources = await prisma.source.count();
    const entries = await prisma.entry.count();
    const first = await post("extract.accept", {
      source: article,
      proposal: card("Putin on new nuclear units in Iran", [
        { name: "Vladimir Putin", role: "speaker", kind: "person", country: "RU", title: "President", matchId: putin.id, create: false },
        { name: "Alexei Likhachev", role: "subject", kind: "person", country: "RU", title: "Rosatom head", matchId: null, create: true },
        { name: "Unticked Person", role: "subject", kind: "person", country: null, title: null, matchId: null, create: false },
      ]),
    }, { cookie: analyst.cookie });
    expect(first.status).toBe(200);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const data = first.json.data as any;
    expect(data.source.created).toBe(true);
    expect(data.fields.citations).toEqual([{ sourceId: data.source.id, quote: expect.stringContaining("Putin said"), credibility: null }]);
    expect(data.fields.statement.speakerId).toBe(putin.id);
    const likhachev = await prisma.actor.findFirstOrThrow({ where: { name: "Alexei Likhachev" } });
    expect(likhachev.kind).toBe("person");
    expect(data.fields.actors).toEqual([{ actorId: likhachev.id, role: "subject" }]);
    expect(await prisma.actor.count({ where: { name: "Unticked Person" } })).toBe(0);
    // A second card of the same article finds the same source, by its web address.
    const second = await post("extract.accept", { source: article, proposal: card("Another card", []) }, { cookie: analyst.cookie });
    expect((second.json.data as { source: unknown }).source).toMatchObject({ id: data.source.id, created: false });
    expect(await prisma.source.count()).toBe(sources + 1);
    // Accepting saves no entry: the form does, as a draft.
    expect(await prisma.entry.count()).toBe(entries);
    const saved = await post("entry.create", data.fields, { cookie: analyst.cookie });
    expect(saved.status).toBe(200);
    expect((saved.json.data as { state: string }).state).toBe("draft");
  });
});

describe("adding a reported step to an agreement the record holds", () => {
  it("is refused to an analyst on a published entry, leaving no source behind", async () => {
    const treaty = await prisma.entry.findFirstOrThrow({ where: { slug: "russia-iran-20-year-strategic-partnership-treaty" } });
    const sources = await prisma.source.count();
    const refused = await post(
      "extract.add-step",
      { source: { ...article, url: "https://wire.example/other" }, entryId: treaty.id, version: treaty.version, step: { status: "ratified", date: "2025-04-08" }, passage: "The Duma ratified the treaty." },
      { cookie: analyst.cookie },
    );
    expect(refused.status).toBe(403);
    expect(await prisma.source.count()).toBe(sources);
  });

  it("adds the step with its date and source for an editor, with the version the card saw", async () => {
    const treaty = await prisma.entry.findFirstOrThrow({ where: { slug: "russia-iran-20-year-strategic-partnership-treaty" } });
    const body = { source: article, entryId: treaty.id, version: treaty.version, step: { status: "ratified", date: "2025-04-08" }, passage: "On Tuesday, the State Duma ratified the treaty." };
    const ok = await post("extract.add-step", body, { cookie: editor.cookie });
    expect(ok.status).toBe(200);
    const written = ok.json.data as { agreement: { status: string; steps: unknown[] }; version: number };
    expect(written.agreement.status).toBe("ratified");
    expect(written.agreement.steps.at(-1)).toMatchObject({ status: "ratified", date: "2025-04-08" });
    expect(written.version).toBe(treaty.version + 1);
    // The same card again, from the old version: someone saved in between.
    const stale = await post("extract.add-step", body, { cookie: editor.cookie });
    expect(stale.status).toBe(409);
  });
});
