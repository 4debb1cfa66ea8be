import { beforeAll, describe, expect, it } from "vitest";
import { extractProposals } from "./extract";
import { findActorMentions } from "./actors";
import { findSectors } from "./sectors";
import { splitSentences } from "./sentences";

const one = (text: string, publishedAt: string | null = null) => extractProposals(text, { publishedAt }).proposals;

describe("sentences", () => {
  it("does not end a sentence at U.S. or an initial", () => {
    const s = splitSentences("Tensions with the U.S. rose. Lloyd J. Austin said so. Then talks began.");
    expect(s.map((x) => x.text)).toEqual(["Tensions with the U.S. rose.", "Lloyd J. Austin said so.", "Then talks began."]);
  });
  it("keeps a quotation of several sentences in one sentence with its speaker", () => {
    const s = splitSentences(`"The document we signed today is a roadmap. The contract will follow," Miller said. Price terms were not disclosed.`);
    expect(s.map((x) => x.text)).toEqual([`"The document we signed today is a roadmap. The contract will follow," Miller said.`, "Price terms were not disclosed."]);
    // A quotation never closed does not swallow the paragraph.
    expect(splitSentences(`The minister said "yes. Later talks began.`)).toHaveLength(2);
  });
  it("marks headlines so they yield no fact on their own", () => {
    expect(splitSentences("Russia's Energy Minister Visits Iran\nThe minister arrived.")[0].heading).toBe(true);
  });
});

describe("actors", () => {
  it("finds people by their titles, states by demonyms and capitals", () => {
    const m = findActorMentions("Russian Deputy Foreign Minister Sergei Ryabkov warned Tehran.", new Map());
    expect(m.map((x) => [x.name, x.kind])).toEqual([["Russia", "state"], ["Sergei Ryabkov", "person"], ["Iran", "state"]]);
    expect(m[1].title).toContain("Deputy Foreign Minister");
  });
  it("keeps an organisation's whole name, with its demonym and its “of …”, and no state or stray word from inside it", () => {
    const names = (s: string) => findActorMentions(s, new Map()).map((m) => `${m.name}|${m.kind}`);
    expect(names("Rosatom and the Atomic Energy Organization of Iran signed a contract.")).toEqual(["Rosatom|organisation", "Atomic Energy Organization of Iran|organisation"]);
    expect(names("Russia's Gazprom and the National Iranian Gas Company (NIGC) signed a memorandum.")).toEqual(["Russia|state", "Gazprom|organisation", "National Iranian Gas Company|organisation"]);
    expect(names("The Russian Defence Ministry said the drill was aimed at security.")).toEqual(["Russian Defence Ministry|organisation"]);
    expect(names("The director general of Russia's State Atomic Energy Corporation Rosatom, Alexei Likhachev, arrived.")).toEqual(["Russia|state", "Rosatom|organisation", "Alexei Likhachev|person"]);
  });
  it("takes a name after a run of title words (“Navy Commander Rear Admiral Shahram Irani”)", () => {
    const m = findActorMentions("Navy Commander Rear Admiral Shahram Irani said the drill went well.", new Map());
    expect(m.map((x) => x.name)).toEqual(["Shahram Irani"]);
    expect(m[0].title).toContain("Admiral");
  });
  it("resolves a surname to the person named before", () => {
    const people = new Map();
    findActorMentions("Former Iranian Ambassador to Russia Kazim Jalali spoke about the visit.", people);
    expect(findActorMentions("Jalali said that ties are good.", people)[0].name).toBe("Kazim Jalali");
  });
});

describe("sectors", () => {
  it("reads sectors from the keyword lexicon", () => {
    expect(findSectors("a gas pipeline to deliver 55 bcm").map((h) => h.sector)).toContain("energy");
    expect(findSectors("integrating their national payment systems").map((h) => h.sector)).toEqual(["finance"]);
  });
});

describe("proposals", () => {
  // The first extraction in a process loads the bundled city list (a few seconds on a busy
  // machine); load it once here so each test's own time is only its extraction.
  beforeAll(() => void one("Officials met in Moscow."), 60_000);

  it("proposes a dated visit, quoting both sentences that tell it", () => {
    const [p] = one("Russia has dispatched its Energy Minister Sergey Tsivilyov to Iran for high-level meetings. The visit, which took place on February 18, 2026, underscores Moscow's commitment.");
    expect(p.kind).toBe("event");
    expect(p.date).toEqual({ start: "2026-02-18", end: null, precision: "day" });
    expect(p.passage).toContain("The visit, which took place");
    expect(p.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Sergey Tsivilyov", "Russia", "Iran"]));
    expect(p.cues.some((c) => c.field === "kind" && c.rule.includes("dispatched"))).toBe(true);
  });
  it("reads a statement with its speaker, reported speech, dated to the report's month", () => {
    const [p] = one("Russian President Vladimir Putin said during a joint press conference with President Pezeshkian that Moscow is considering building new nuclear power units in Iran.", "2025-01-17");
    expect(p.kind).toBe("statement");
    expect(p.statement).toMatchObject({ speaker: "Vladimir Putin", verbatim: false });
    expect(p.statement?.quote).toMatch(/^Moscow is considering building new nuclear power units in Iran/);
    expect(p.date).toEqual({ start: "2025-01", end: null, precision: "month" });
    expect(p.sectors).toEqual(expect.arrayContaining(["nuclear", "energy"]));
  });
  it("takes words in quotation marks as verbatim, and “has said” as undated", () => {
    const [a] = one("Jalali said that Tehran and Moscow are currently in a “golden period” for their relationship.");
    expect(a.statement).toMatchObject({ speaker: "Jalali", quote: "golden period", verbatim: true });
    const [b] = one("Russian Energy Minister Sergei Tsivilev has said that this pipeline could help Russia deliver up to 55 billion cubic meters of gas annually to Iran.", "2025-01-17");
    expect(b.date.precision).toBe("unknown");
  });
  it("reads a quotation before its speaker, and dates it by the report, not by the quotation's tense", () => {
    const ps = one("Russian Foreign Minister Sergei Lavrov met his Iranian counterpart Abbas Araghchi in Moscow. “We will continue to strengthen our ties,” Lavrov said after the talks.", "2026-03-18");
    const s = ps.find((p) => p.kind === "statement")!;
    expect(s.statement).toMatchObject({ speaker: "Sergei Lavrov", quote: "We will continue to strengthen our ties", verbatim: true });
    expect(s.date).toEqual({ start: "2026-03", end: null, precision: "month" });
    expect(ps.find((p) => p.kind === "event")?.places).toEqual(["Moscow"]);
  });
  it("keeps two agreements of one article apart, and adds a later step told with “it”", () => {
    const ps = one("Iran and Russia signed a memorandum of understanding on gas supplies on Monday. Iran's parliament ratified the comprehensive strategic partnership treaty in May 2025, and it entered into force on October 2, 2025.", "2026-03-18");
    expect(ps.filter((p) => p.kind === "agreement")).toHaveLength(2);
    expect(ps[0].agreement?.steps).toEqual([expect.objectContaining({ status: "signed", date: "2026-03-16" })]);
    expect(ps[1].agreement?.status).toBe("in_force");
    expect(ps[1].agreement?.steps.map((s) => [s.status, s.date])).toEqual([["ratified", "2025-05"], ["in_force", "2025-10-02"]]);
  });
  it("reads “…, as X stated” as X's statement", () => {
    const [p] = one("Russia is telling the United States not to strike Iran because it would radically destabilize the Middle East, as Russian Deputy Foreign Minister Sergei Ryabkov stated.");
    expect(p.statement?.speaker).toBe("Sergei Ryabkov");
  });
  it("gives an agreement its status and its steps, each with its own date", () => {
    const [p] = one("More talks are being made about a proposed gas pipeline from Russia to Iran, which will pass through Azerbaijan if implemented.", "2025-01-17");
    expect(p.kind).toBe("agreement");
    expect(p.agreement?.status).toBe("negotiating");
    expect(p.agreement?.steps).toEqual(expect.arrayContaining([expect.objectContaining({ status: "proposed", date: null }), expect.objectContaining({ status: "negotiating", date: "2025-01" })]));
    expect(p.places).toEqual(expect.arrayContaining(["Russia", "Iran", "Azerbaijan"]));
    const [r] = one("On Tuesday, Russia's State Duma ratified the comprehensive strategic partnership treaty with Iran.", "2025-04-10");
    expect(r.agreement?.status).toBe("ratified");
    expect(r.agreement?.steps[0]).toMatchObject({ status: "ratified", date: "2025-04-08" });
  });
  it("splits one sentence holding two facts", () => {
    const ps = one("Tensions are rising after Israel resumed missile strikes on Iran, striking several targets, and in response, Russia has sent a threat to the US to stay away from direct intervention in the conflict between Israel and Iran.");
    expect(ps.map((p) => p.kind).sort()).toEqual(["event", "statement"]);
  });
  it("proposes nothing from commentary", () => {
    expect(one("Think about it: when you're facing similar challenges, finding common ground becomes more appealing. We could see more joint ventures.")).toEqual([]);
  });
  it("never invents a day", () => {
    for (const p of one("Earlier this month, Iran confirmed the arrival of a Russian Mi-28NE attack helicopter. Last week the two sides held talks in Moscow. In March, Russia and Iran signed a memorandum.", "2025-05-20")) {
      expect(p.date.precision).not.toBe("day");
    }
  });
  it("gives a notice, not a crash, for Russian or Persian text", () => {
    const r = extractProposals("Россия и Иран подписали договор о стратегическом партнёрстве в Москве 17 января 2025 года.");
    expect(r.proposals).toEqual([]);
    expect(r.notices[0]).toMatch(/Cyrillic/);
    const fa = extractProposals("ایران و روسیه توافقنامه همکاری جامع راهبردی را امضا کردند.");
    expect(fa.notices[0]).toMatch(/Persian/);
  });
});

describe("statements and agreements in news prose", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const statementOf = (text: string, publishedAt = "2025-03-14") => one(text, publishedAt).find((p) => p.kind === "statement");

  it("dates a statement by when it was said, not by a date in what was said", () => {
    expect(statementOf("Iranian Oil Minister Mohsen Paknejad said on Wednesday that the first gas could flow within months.")?.date).toEqual({ start: "2025-03-12", end: null, precision: "day" });
    const later = statementOf("The head of the Iranian Space Agency, Hassan Salarieh, said two more Iranian satellites were expected to be launched on Russian rockets in 2026.");
    expect(later?.date).toEqual({ start: "2025-03", end: null, precision: "month" });
  });
  it("never takes a name inside the quotation for the speaker", () => {
    const people = "Iranian Navy Commander Rear Admiral Shahram Irani spoke at the port. ";
    const s = one(`${people}"The Americans are not needed in this region," Irani told state television.`, "2025-03-18").find((p) => p.kind === "statement");
    expect(s?.statement?.speaker).toBe("Shahram Irani");
    const t = statementOf(`"This is about signalling that Iran is not isolated and that Russia and China have a presence in the Gulf," said Farzin Nadimi, an analyst who follows the Iranian military.`);
    expect(t?.statement?.speaker).toBe("Farzin Nadimi");
  });
  it("gives a quotation followed by “he told …” to the speaker of the paragraph", () => {
    const s = one(`Iranian Navy Commander Shahram Irani said the exercise showed the three countries could ensure shipping security. "The Americans are not needed in this region," he told state television on Monday.`, "2025-03-18").filter((p) => p.kind === "statement");
    expect(s.every((p) => p.statement?.speaker === "Shahram Irani")).toBe(true);
  });
  it("reads “was quoted as saying” and “wrote” as speech", () => {
    expect(statementOf(`Gazprom Chief Executive Alexei Miller spoke in Moscow. "The document we signed today is a roadmap," Miller was quoted as saying in the statement.`)?.statement?.speaker).toBe("Alexei Miller");
    expect(statementOf(`Minister Sattar Hashemi welcomed the launch. "Nahid-3 is in orbit and sending signals," Hashemi wrote on the social network X.`)?.statement?.speaker).toBe("Sattar Hashemi");
  });
  it("dates an agreement by its signing, not by talks about it", () => {
    const [p] = one("Negotiations on a new framework treaty began in early 2022 and dragged on for more than two years. The treaty was finally signed in Moscow on 17 January 2025 by Presidents Vladimir Putin and Masoud Pezeshkian.", "2025-11-20").filter((x) => x.kind === "agreement");
    expect(p.date).toEqual({ start: "2025-01-17", end: null, precision: "day" });
  });
});

describe("interviews", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const interview = `Kazem Djalali has served as Iran's ambassador to Russia since 2021. In an interview at the embassy in Moscow on Monday, he spoke about the treaty.

Q: Where does ratification stand?

Djalali: The Russian side completed its procedures in the spring. What remains is the exchange of the instruments of ratification.

Q: Is Iran disappointed?

Djalali: No. We did not want a military alliance, and neither did Moscow.`;
  it("reads each answer as the interviewee's verbatim statement, dated by the interview", () => {
    const answers = one(interview, "2025-07-09").filter((p) => p.kind === "statement");
    expect(answers).toHaveLength(2);
    expect(answers.every((p) => p.statement?.speaker === "Kazem Djalali" && p.statement.verbatim)).toBe(true);
    expect(answers[1].statement?.quote).toContain("We did not want a military alliance");
    expect(answers[0].date).toEqual({ start: "2025-07-07", end: null, precision: "day" });
  });
  it("dates answers by an interview “we spoke to him” on a weekday, and counts their “last month” from that day", () => {
    const p = one(`Kazem Jalali has represented Iran in Moscow for five years. We spoke to him at the embassy on Friday.

Q: Many expected the treaty to be signed in Kazan.

Jalali: In Kazan last month our presidents met for the second time in two weeks.`, "2024-12-03");
    expect(p.find((x) => x.kind === "statement")?.date).toEqual({ start: "2024-11-29", end: null, precision: "day" });
    // Last month from Friday 29 November, not from the 3 December issue; "in two weeks" is how often, not when.
    expect(p.find((x) => x.kind === "event")?.date).toEqual({ start: "2024-10", end: null, precision: "month" });
  });
  it("reads “A:” answers as the interviewee's, and their “yesterday” from the interview's day", () => {
    const p = one(`Russia's ambassador to Tehran, Alexey Dedov, spoke to Iran Chronicle at the Russian embassy on Saturday.

Q: How do you assess Mr Araghchi's visit to Moscow?

A: Yesterday Mr Araqchi was received by President Putin in the Kremlin and handed over a message.`, "2025-04-22");
    expect(p.find((x) => x.kind === "statement")?.statement?.speaker).toBe("Alexey Dedov");
    expect(p.find((x) => x.kind === "event" && x.passage.includes("received by President Putin"))?.date.start).toBe("2025-04-18");
  });
  it("proposes a question's dated fact but neither its undated premises nor the interviewer's words", () => {
    const p = one(`Kazem Djalali is Iran's ambassador. In an interview on Monday, he spoke about the treaty.

Q: Western governments accuse Iran of supplying ballistic missiles to Russia. Is that true?

Djalali: No.

Q: President Pezeshkian visited Kazan for the BRICS summit last October. Is another visit planned?`, "2025-07-09");
    expect(p.some((x) => x.passage.includes("ballistic"))).toBe(false);
    expect(p.filter((x) => x.passage.includes("visited Kazan")).map((x) => [x.kind, x.date.start])).toEqual([["event", "2024-10"]]);
  });
  it("takes no answer from a label that names no one (“Q:”, “Background:”)", () => {
    const p = one("Background: The forum was first held in 2019 in Turkmenistan, officials said.", "2025-09-24");
    expect(p.some((x) => x.kind === "statement" && x.statement?.speaker === "Background")).toBe(false);
  });
});

describe("the occasion a report leads with", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const wire = `Russia's Shoigu holds talks with Pezeshkian in Tehran on Monday
By Omar Haddad
DUBAI, Aug 6, 2024 (Gulf Wire) - Russian Security Council Secretary Sergei Shoigu met Iranian President Masoud Pezeshkian in Tehran, Iranian state media reported.

Haniyeh was assassinated in Tehran on July 31, in an attack that Iran blamed on Israel.

Shoigu said Moscow was ready to "fully cooperate" with Tehran on regional issues.`;
  it("dates the first event by its headline's day, never by the wire's dateline, and a participant's undated remark by that day", () => {
    const p = one(wire, "2024-08-06");
    expect(p.find((x) => x.kind === "event" && x.passage.includes("met Iranian President"))?.date).toEqual({ start: "2024-08-05", end: null, precision: "day" });
    expect(p.find((x) => x.kind === "statement" && x.statement?.speaker.includes("Shoigu"))?.date).toEqual({ start: "2024-08-05", end: null, precision: "day" });
    expect(p.some((x) => x.passage.startsWith("DUBAI"))).toBe(false);
  });
  it("leaves a participant's remark at the month when a later day of the visit was told since", () => {
    const p = one(`The head of Rosatom, Alexei Likhachev, arrived in Tehran on Monday for talks with Mohammad Eslami.

Rosatom and the Atomic Energy Organization of Iran signed a contract in Tehran on Tuesday.

Eslami said the Iranian side expected the first concrete to be poured within eighteen months.`, "2025-04-16");
    expect(p.find((x) => x.kind === "statement")?.date).toEqual({ start: "2025-04", end: null, precision: "month" });
  });
  it("dates a remark “after the talks with Lavrov” by those talks, not by the meeting told last", () => {
    const p = one(`Iranian Foreign Minister Abbas Araghchi held talks with Sergei Lavrov in Moscow on Friday.

On Thursday evening, Araghchi met Deputy Foreign Minister Sergei Ryabkov to prepare the talks.

"We are in constant contact with our Russian friends," Araghchi told reporters after the talks with Lavrov.`, "2025-04-18");
    expect(p.find((x) => x.kind === "statement")?.date).toEqual({ start: "2025-04-18", end: null, precision: "day" });
  });
});

describe("press releases", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const release = `Free trade agreement between the EAEU and Iran enters into force
Ministry of Economic Development of the Russian Federation — Press release
15 May 2025, Moscow

Speaking at the Ministry today, Deputy Prime Minister Alexei Overchuk noted that trade between Russia and Iran had grown by 15 per cent last year.

Minister of Economic Development Maxim Reshetnikov said on the same occasion: "The free trade regime with Iran is a long-term foundation for our cooperation."

The Ministry of Economic Development expects mutual trade between the EAEU member states and Iran to reach 18 billion US dollars within five years.`;
  it("names a minister after the portfolio in the title, and dates a remark “on the same occasion” by the remark before it", () => {
    const p = one(release, "2025-05-15");
    const reshetnikov = p.find((x) => x.passage.includes("same occasion"));
    expect(reshetnikov?.statement?.speaker).toBe("Maxim Reshetnikov");
    expect(reshetnikov?.date).toEqual({ start: "2025-05-15", end: null, precision: "day" });
  });
  it("dates the issuing body's own present view by the release's day, and never reads “member states” as a speech verb", () => {
    const view = one(release, "2025-05-15").find((x) => x.passage.includes("expects mutual trade"));
    expect(view?.statement?.speaker).toBe("Ministry of Economic Development");
    expect(view?.date).toEqual({ start: "2025-05-15", end: null, precision: "day" });
  });
});

describe("parliaments", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("reads a chamber's vote as an event, a remark “during the debate” by that chamber's vote, and a past date beside a future verb as past", () => {
    const p = one(`The State Duma adopted the ratification law on 8 April. The Federation Council approved the law last Wednesday.

"This treaty raises our relations with Iran to a new level," Leonid Slutsky, chairman of the Duma Committee on International Affairs, said during the debate.

The treaty, signed in Moscow on 17 January, is concluded for 20 years and will be extended automatically.`, "2025-04-22");
    expect(p.filter((x) => x.kind === "event").map((x) => x.date.start)).toEqual(["2025-04-08", "2025-04-16"]);
    const slutsky = p.find((x) => x.kind === "statement");
    expect([slutsky?.statement?.speaker, slutsky?.date.start]).toEqual(["Leonid Slutsky", "2025-04-08"]);
    expect(p.find((x) => x.passage.includes("17 January"))?.date.start).toBe("2025-01-17");
  });
});

describe("readouts", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("reads “expressed gratitude for” as the speaker's statement, of the readout's day", () => {
    const p = one("Telephone conversation with President of Iran Masoud Pezeshkian\n\n21.10.2025, 16:40\n\nVladimir Putin had a telephone conversation with Masoud Pezeshkian.\n\nMasoud Pezeshkian expressed gratitude for Russia's principled position in the UN Security Council.", "2025-10-21");
    const thanks = p.find((x) => x.kind === "statement");
    expect([thanks?.statement?.speaker, thanks?.date.start]).toEqual(["Masoud Pezeshkian", "2025-10-21"]);
  });
});

describe("days counted from another", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("counts “on the eve of the visit” and “the following day” from the visit's day, and leaves “three days after the call” to its own cue", () => {
    const p = one(`President Ebrahim Raisi held talks with Vladimir Putin in the Kremlin on Thursday, his first visit to Moscow in two years.

On the eve of the visit, Kremlin spokesman Dmitry Peskov said the presidents would discuss trade and the North-South corridor.

The following day, Central Bank of Iran governor Mohammadreza Farzin told reporters in Tehran that banks would soon open letters of credit for each other.

The announcement came three days after the two ministers spoke by telephone.`, "2023-12-10");
    const said = (who: string) => p.find((x) => x.statement?.speaker.includes(who))?.date.start;
    expect([said("Peskov"), said("Farzin")]).toEqual(["2023-12-06", "2023-12-08"]);
    expect(p.some((x) => x.passage.startsWith("The announcement") && x.date.precision === "day")).toBe(false);
  });
});

describe("a commission's documents", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("reads “on 5 and 6 May” as two days, and documents “also signed” on the day of the signing told before", () => {
    const p = one(`On 5 and 6 May, Moscow hosted the 18th meeting of the Russian-Iranian intergovernmental commission, co-chaired by Sergei Tsivilev and Mohsen Paknejad.

On 6 May, following the meeting, the co-chairs signed the protocol of the 18th meeting of the commission. The following documents were also signed in their presence:

- a roadmap for cooperation in the gas sector for 2025–2027 between Gazprom and the National Iranian Gas Company.`, "2025-05-06");
    expect(p.find((x) => x.kind === "event")?.date).toEqual({ start: "2025-05-05", end: "2025-05-06", precision: "day" });
    expect(p.find((x) => x.passage.includes("roadmap"))?.date.start).toBe("2025-05-06");
  });
});

describe("joint statements", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("reads what the Parties noted or welcomed as the fact itself, and “proposed the conclusion of” as a proposal", () => {
    const p = one(`The Parties welcomed the entry into force on 15 May 2025 of the Free Trade Agreement between the Eurasian Economic Union and Iran.

The Parties noted the completion in December 2025 of the second stage of the integration of the national payment systems Mir and Shetab.

The Iranian Party proposed the conclusion of an intergovernmental agreement on geological exploration.`, "2026-03-03");
    expect(p.map((x) => [x.kind, x.date.start])).toEqual([["agreement", "2025-05-15"], ["event", "2025-12"], ["agreement", "2026-03"]]);
    expect(p[0].agreement?.status).toBe("in_force");
    expect(p[2].agreement?.status).toBe("proposed");
  });
});

describe("places", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const names = async (s: string) => (await import("./places")).findPlaces(s).map((p) => p.name);
  it("finds a city that names a facility or a route, and every city of a list", async () => {
    expect(await names("the site for units 2 and 3 of the Bushehr nuclear power plant")).toEqual(["Bushehr"]);
    expect(await names("the construction of the Rasht–Astara railway")).toEqual(["Rasht", "Astara"]);
    expect(await names("talks in Moscow and Tehran")).toEqual(["Moscow", "Tehran"]);
    expect(await names("ministers met in March and April")).toEqual([]);
  });
  it("finds a sea where something happened there, not where it is only named", async () => {
    expect(await names("a joint naval drill in the Caspian Sea in July 2025")).toEqual(["Caspian Sea"]);
    expect(await names("ro-ro ferries on the Caspian")).toEqual(["Caspian Sea"]);
    expect(await names("the corridor will connect the Baltic Sea with the Persian Gulf")).toEqual([]);
    expect(await names("the Caspian states had every opportunity")).toEqual([]);
    expect(await names("launched from the Vostochny cosmodrome")).toEqual(["Vostochny Cosmodrome"]);
  });
});

describe("attributed facts", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("proposes the event an “according to” names, with its source, not a statement", () => {
    const p = one("The head of the Atomic Energy Organization of Iran, Mohammad Eslami, spoke to reporters. According to Eslami, a new batch of Russian nuclear fuel was delivered to Bushehr last month.", "2025-04-15");
    const fact = p.find((x) => x.passage.includes("new batch"));
    expect(fact?.kind).toBe("event");
    expect(fact?.date).toEqual({ start: "2025-03", end: null, precision: "month" });
    expect(fact?.cues.some((c) => c.rule.includes("attributed, not confirmed"))).toBe(true);
  });
  it("still reads “according to” without a fact as that source's statement", () => {
    const p = one("The situation in the region remains tense, according to Russian Deputy Foreign Minister Sergei Ryabkov.", "2025-04-15");
    expect(p[0]?.kind).toBe("statement");
  });
  it("reads facts inside an interview answer though they are told in the first person", () => {
    const p = one("Kazem Djalali is Iran's ambassador to Russia. In an interview in Moscow on Monday, he spoke about payments.\n\nDjalali: Last year our central banks linked the Mir and Shetab card systems.", "2025-07-09");
    expect(p.some((x) => x.kind === "event" && x.passage.includes("linked the Mir"))).toBe(true);
  });
});

describe("event words", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const kindOf = (s: string) => one(s, "2025-03-18")[0]?.kind;
  it("reads a message handed over as an event, and a meeting that was not held as none", () => {
    expect(kindOf("At the Kremlin later on Friday, Araghchi handed President Vladimir Putin a written message from Iran's leadership.")).toBe("event");
    expect(kindOf("In mid-March, the first block train carrying Russian wheat reached Bandar Abbas via Kazakhstan.")).toBe("event");
    expect(kindOf("The second phase of the link between Russia's Mir and Iran's Shetab networks went live on Monday, the Central Bank of Iran said.")).toBe("event");
    expect(kindOf("The first phase, which allowed Iranian Shetab cardholders to withdraw cash in Russia, began in November.")).toBe("event");
    expect(one("A three-way meeting of Putin, Pezeshkian and Xi Jinping was not held today, the Kremlin confirmed.", "2024-10-23").some((x) => x.kind === "event")).toBe(false);
    expect(one("A trilateral meeting with Chinese diplomats did not take place, a diplomatic source said.", "2025-04-18").some((x) => x.kind === "event")).toBe(false);
  });
  it("reads arrivals, port calls, parades, votes and launches into orbit as events", () => {
    expect(kindOf("Russian navy ships arrived at the Iranian port of Bandar Abbas on Sunday.")).toBe("event");
    expect(kindOf("Iranian warships have taken part in Russia's Navy Day parade in Saint Petersburg, most recently in July 2024.")).toBe("event");
    expect(kindOf("Russia and China voted against a similar resolution in November 2024.")).toBe("event");
    expect(kindOf("In August 2022, a Russian Soyuz carried Iran's Khayyam satellite into orbit from Baikonur.")).toBe("event");
  });
  it("does not take a newsroom's “our correspondent” for the author's opinion", () => {
    expect(kindOf("Our correspondent reports that Iranian Foreign Minister Araghchi met his Russian counterpart Sergei Lavrov.")).toBe("event");
  });
});

describe("agreement lifecycle wording", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const agreementOf = (s: string, pub = "2025-03-14") => one(s, pub).find((p) => p.kind === "agreement");
  it("does not take a step that has not been taken", () => {
    expect(agreementOf("In January, Russia and Iran signed a strategic partnership treaty in Moscow. The treaty has not yet entered into force.")?.agreement?.status).toBe("signed");
    expect(agreementOf("Gazprom and Iran say a binding contract has not been signed yet and the sides are still negotiating the price.")?.agreement?.status).toBe("negotiating");
  });
  it("reads a parliament's approval as ratification", () => {
    expect(agreementOf("Iran's parliament approved the treaty with Russia in May.", "2025-07-09")?.agreement?.status).toBe("ratified");
  });
  it("reads a signed plan or declaration as an agreement", () => {
    expect(agreementOf("Lavrov and Araghchi signed a plan of consultations between the foreign ministries for 2025–2027.", "2025-02-19")?.agreement?.status).toBe("signed");
  });
  it("gives an instrument that names no party the article's two states, and says so", () => {
    const p = one("Russia will lend Iran 1.3 billion euros for the railway, Iran said. Russia and Iran agree on the route. The financing protocol for the loan, however, is still under negotiation.", "2025-06-06").find((x) => x.passage.includes("financing protocol"));
    expect(p?.agreement?.status).toBe("negotiating");
    expect(p?.actors.map((a) => a.name).sort()).toEqual(["Iran", "Russia"]);
    expect(p?.cues.some((c) => c.rule.includes("no party named"))).toBe(true);
  });
});

describe("telling facts apart", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("keeps two drills the text dates differently apart", () => {
    const p = one("Russian, Iranian and Chinese ships began the Maritime Security Belt drill on Tuesday near Chabahar. Last year's drill took place in the same area in March 2024 and involved more than 20 ships.", "2025-03-18").filter((x) => x.kind === "event");
    expect(p.map((x) => x.date.start)).toEqual(["2025-03-18", "2024-03"]);
  });
  it("does not date a signing by the period an instrument covers (“for 2025–2027”)", () => {
    const p = one("Lavrov and Araghchi signed a plan of consultations between the foreign ministries for 2025–2027.", "2025-02-19").find((x) => x.kind === "agreement");
    expect(p?.date).toEqual({ start: "2025-02", end: null, precision: "month" });
  });
});

describe("an instrument told again", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  it("dates a contract by “the document was signed on Tuesday” and keeps an older contract apart", () => {
    const p = one("During the visit, Rosatom and the Atomic Energy Organization of Iran signed a contract for the survey of units 2 and 3 of the Bushehr plant. The document was signed in Tehran on Tuesday, the Iranian side said. Russia and Iran signed an agreement on the peaceful uses of atomic energy in 1992, and the contract for the second stage of the Bushehr plant was concluded in November 2014.", "2025-04-15").filter((x) => x.kind === "agreement");
    expect(p.map((x) => x.date.start)).toEqual(["2025-04-15", "1992", "2014-11"]);
  });
  it("joins “the memorandum was signed by …” to the memorandum, not to another instrument", () => {
    const p = one("Gazprom and NIGC signed a memorandum on Thursday on gas supplies. The memorandum was signed in Moscow by Gazprom Chief Executive Alexei Miller. In January, Russia and Iran signed a strategic partnership treaty.", "2025-03-14").filter((x) => x.kind === "agreement");
    expect(p).toHaveLength(2);
    expect(p[0].passage).toContain("signed in Moscow by");
    expect(p[0].date).toEqual({ start: "2025-03-13", end: null, precision: "day" });
  });
});

describe("who is speaking", () => {
  beforeAll(() => void one("Officials met in Moscow."), 60_000);
  const speakerOf = (s: string) => one(s, "2025-08-11").find((p) => p.kind === "statement")?.statement?.speaker;
  it("takes the person speaking over the source that reported it", () => {
    expect(speakerOf(`"We see great potential in the electricity sector," Energy Minister Sergei Tsivilyov said at the closing session, according to a transcript released by the Russian Energy Ministry.`)).toBe("Sergei Tsivilyov");
  });
  it("does not take “the Caspian states” for a person, and gives “he” to the person just named", () => {
    expect(speakerOf(`President Vladimir Putin has sent a greeting to the forum. He wrote that the Caspian states had "every opportunity to turn the Caspian into a transport hub".`)).toBe("Vladimir Putin");
  });
});

describe("names that are not people", () => {
  it("does not take “Caspian states” or “Gulf states” for a person speaking", () => {
    expect(findActorMentions("Leaders of the five Caspian states met, and Gulf states watched.", new Map()).filter((m) => m.kind === "person" && !m.weak)).toEqual([]);
  });
});

describe("agreement steps told in passing", () => {
  it("dates each step by the date after its word, and the agreement by the news, not the aside", () => {
    const [p] = one("The treaty, signed in Moscow in January, entered into force on 2 October 2025 after the exchange of instruments.", "2025-10-07");
    expect(p.kind).toBe("agreement");
    expect(p.agreement?.status).toBe("in_force");
    expect(p.agreement?.steps.find((s) => s.status === "signed")?.date).toBe("2025-01");
    expect(p.agreement?.steps.find((s) => s.status === "in_force")?.date).toBe("2025-10-02");
    expect(p.date).toMatchObject({ start: "2025-10-02", precision: "day" });
  });
});

describe("events in quotations", () => {
  it("reads an event word inside a quotation as what was said, not as an event", () => {
    const ps = one(`"From now on, a wagon checked in Russia will not be opened again at Astara," Asgari said, adding that trains would wait less.`, "2025-10-07");
    expect(ps.map((p) => p.kind)).toEqual(["statement"]);
  });
});

describe("statements and calls in other wordings", () => {
  it("reads an English sentence that quotes Russian, and keeps the quote's language", () => {
    const ps = one("Deputy Foreign Minister Sergei Ryabkov told the newspaper Izvestia last week: «Мы предупреждали американцев, что удары по ядерным объектам недопустимы».", "2025-06-24");
    expect(ps).toHaveLength(1);
    expect(ps[0].statement).toMatchObject({ speaker: "Sergei Ryabkov", verbatim: true, language: "ru" });
    const [putin] = one(`«Абсолютно ничем не спровоцированная агрессия против Ирана», — сказал Путин в начале встречи. ("This is absolutely unprovoked aggression against Iran," Putin said at the start of the meeting.)`, "2025-06-24");
    expect(putin.statement?.speaker).toBe("Putin");
  });
  it("takes a telephone conversation for an event", () => {
    const [p] = one("Vladimir Putin had a telephone conversation with President of the Islamic Republic of Iran Masoud Pezeshkian on Tuesday.", "2026-03-05");
    expect(p).toMatchObject({ kind: "event", date: { start: "2026-03-03", precision: "day" } });
  });
  it("reads reaffirmed, thanked, condemned and called as speech, by the clause's subject when the verb is its second", () => {
    expect(one("Vladimir Putin reaffirmed Russia's principled position in favour of settling all issues by political means.", "2026-03-03")[0].statement?.speaker).toBe("Vladimir Putin");
    expect(one("On Sunday, the Russian Foreign Ministry called the US strikes \"irresponsible\" and a \"gross violation of international law\".", "2025-06-24").map((p) => p.kind)).toEqual(["statement"]);
    expect(one(`Araghchi conveyed greetings from President Masoud Pezeshkian and said that Iran was grateful for Russia's "principled position".`, "2025-06-24")[0].statement?.speaker).toBe("Araghchi");
  });
});

describe("transcripts", () => {
  it("takes a full-name label as the speaker and lets an answer run over paragraphs until the next question", () => {
    const text = "Question: How does Moscow assess the agreement?\n\nMaria Zakharova: We welcome the agreement signed in Cairo by Iran and the IAEA on the resumption of inspections.\n\nAt the same time, we consider unacceptable the attempts by Britain, France and Germany to trigger the snapback mechanism.\n\nQuestion: Will Russia supply new fighter jets to Iran this year?\n\nThere are reports that it will.";
    const statements = one(text, "2025-09-10").filter((p) => p.kind === "statement");
    expect(statements.map((p) => p.statement?.speaker)).toEqual(["Maria Zakharova"]);
    expect(statements[0].passage).toContain("we consider unacceptable");
    expect(statements[0].passage).not.toContain("fighter jets");
  });
});

describe("a long read across the years", () => {
  const kinds = (text: string, publishedAt = "2026-01-28") => one(text, publishedAt).map((p) => `${p.kind} ${p.date.start}`);
  it("reads decisions, claims and use in war as events, and a thing declared operational as no statement", () => {
    expect(kinds("On 13 April 2015, eleven days after the framework agreement in Lausanne, Vladimir Putin lifted the ban by decree.")).toEqual(["event 2015-04-13"]);
    expect(kinds("In 2011, Tehran filed a four-billion-dollar claim against Rosoboronexport in Geneva.")).toEqual(["event 2011"]);
    expect(kinds("The first components arrived at Bandar Abbas in April 2016, and Iran's air defence force declared the system operational the following year.")).toEqual(["event 2016-04", "event 2017"]);
    expect(kinds("Iran began supplying drones to Russia in 2022; Russian forces first used them against Ukraine in September of that year.")).toEqual(["event 2022", "event 2022-09"]);
  });
  it("proposes no event a sentence denies, and reads an agreement to build a factory as an agreement", () => {
    expect(kinds("Tehran at first denied any deliveries.")).toEqual([]);
    expect(kinds("In early 2023 the two countries agreed to build a drone factory in Yelabuga.")).toEqual(["agreement 2023"]);
  });
  it("gives an undated fact in a paragraph about years past no report month", () => {
    expect(kinds("In September 2010, President Dmitry Medvedev signed a decree banning the delivery. Tehran filed a claim against Rosoboronexport in Geneva.")).toEqual(["event 2010-09", "event null"]);
    expect(kinds("Tehran filed a claim against Rosoboronexport in Geneva.")).toEqual(["event 2026-01"]);
  });
});

describe("quotations, voyages and calls", () => {
  it("never splits a quotation into clauses", () => {
    const [p] = one(`"Iran continues to supply Russia with weapons, and it will pay a price for that," a US State Department spokesperson said on Wednesday.`, "2025-10-09");
    expect(p).toMatchObject({ kind: "statement", date: { start: "2025-10-08" } });
  });
  it("reads a ship sailing with a cargo, and a cargo unloaded, as deliveries", () => {
    expect(one("A Russian-flagged cargo ship sailed from the Iranian port of Amirabad to Makhachkala in late September carrying ammunition.", "2025-10-09").map((p) => `${p.kind} ${p.date.start}`)).toEqual(["event 2025-09"]);
    expect(one("Earlier this month, the first cargo of Russian gasoline was unloaded at the Iranian port of Neka.", "2026-02-21").map((p) => p.kind)).toEqual(["event"]);
  });
  it("joins “During the call …” to the call told before, with the day it gives", () => {
    const ps = one("The announcement came after Paknejad and Russian Energy Minister Sergei Tsivilev spoke by telephone. During the call last Tuesday, the two ministers agreed to set up a working group.", "2026-02-21");
    expect(ps.map((p) => `${p.kind} ${p.date.start}`)).toEqual(["event 2026-02-17"]);
  });
});

describe("what did not happen, what an earlier version said, and who “he” is", () => {
  it("proposes no event for a postponed or cancelled one", () => {
    expect(one("A planned meeting with Deputy Prime Minister Tatyana Golikova was cancelled.", "2025-06-13")).toEqual([]);
  });
  it("proposes nothing from a correction's account of an earlier version", () => {
    expect(one("An earlier version of this article said the agreement was signed on Tuesday, 10 June.", "2025-06-13")).toEqual([]);
  });
  it("gives “He also visited …” the person the paragraph named before", () => {
    const ps = one("Iranian Health Minister Mohammad-Reza Zafarghandi said Iran was ready to export medicines to Russia. He also visited the Gamaleya research centre on Thursday.", "2025-06-13");
    expect(ps.map((p) => `${p.kind} ${p.date.start} ${p.actors.map((a) => a.name).join("+")}`)).toContain("event 2025-06-12 Mohammad-Reza Zafarghandi");
  });
  it("reads an assembly's approval as ratification", () => {
    const [p] = one("In Iran, the Islamic Consultative Assembly approved the agreement in December 2025 by 178 votes to 9.", "2026-04-24");
    expect(p).toMatchObject({ kind: "agreement", date: { start: "2025-12" }, agreement: { status: "ratified" } });
  });
});

describe("words told before the one who said them", () => {
  it("reads “…, the ministry said on Friday” as the ministry's statement of that day when what it said is a plan or a postponement", () => {
    const [p] = one("The visit of Iranian President Masoud Pezeshkian to Russia, which had been planned for the end of November, has been postponed, Kremlin spokesman Dmitry Peskov told reporters on Monday.", "2026-11-17");
    expect(p).toMatchObject({ kind: "statement", date: { start: "2026-11-16" }, statement: { speaker: "Dmitry Peskov", verbatim: false } });
  });
  it("keeps a fact that took place as the fact, told on the speaker's word", () => {
    const ps = one("Russia's Gazprom and the National Iranian Gas Company signed a memorandum on Thursday setting out the main terms for gas supplies, the Russian company said in a statement.", "2025-03-14");
    expect(ps.map((p) => p.kind)).toEqual(["agreement"]);
  });
});

describe("wire copy", () => {
  it("reads “…, Rosatom said on Thursday, a week after …” as the fact told on Rosatom's word, and a titled commander's “…, X said” as the fact", () => {
    expect(one("MOSCOW, Sept 3 (Reuters) - Russia has delivered a second batch of nuclear fuel to Iran's Bushehr plant, Rosatom said on Thursday, a week after a first shipment arrived by rail.", "2026-09-03").map((p) => p.kind)).toEqual(["event"]);
    expect(one("Naval units of Iran and Russia began a joint search-and-rescue exercise in the Caspian Sea on Tuesday, Iranian Navy Commander Rear Admiral Shahram Irani said.", "2026-12-03").map((p) => `${p.kind} ${p.date.start}`)).toEqual(["event 2026-12-01"]);
  });
});

describe("update notes", () => {
  it("reads a day just after the report as that week's, and the update's own weekday as the update's day", () => {
    const ps = one("Ministers signed an agreement in Moscow on Wednesday, 11 June.\n\nUpdate, 13 June: Iranian Health Minister Mohammad-Reza Zafarghandi cut short his visit and returned to Tehran on Friday.\n\nIn a statement on Friday, the Russian Foreign Ministry condemned the Israeli strikes as \"unprovoked\".", "2025-06-12");
    expect(ps.map((p) => `${p.kind} ${p.date.start}`)).toEqual(["agreement 2025-06-11", "event 2025-06-13", "statement 2025-06-13"]);
  });
  it("keeps a weekday before any update note against the publication day", () => {
    expect(one("In a statement on Friday, the Russian Foreign Ministry condemned the strikes.", "2025-06-12").map((p) => p.date.start)).toEqual(["2025-06-06"]);
  });
});

describe("something begun", () => {
  it("reads “began exchanging messages” as an event when no other word names one", () => {
    expect(one("Russian and Iranian banks began exchanging messages through the link in the second half of 2023.", "2025-10-30").map((p) => `${p.kind} ${p.date.start}`)).toEqual(["event 2023"]);
  });
});

describe("unnamed sources", () => {
  it("does not make the last actor named before “…, two sources said” the speaker", () => {
    const ps = one("Russia has delivered a second batch of Su-35 fighter jets to Iran, two regional security sources said on Tuesday.", "2026-10-14");
    expect(ps.map((p) => p.kind)).toEqual(["event"]);
  });
});
