// Sectors from keywords. The lexicon lives here, in the code base, so that changing it goes
// through review like any other rule; each sector lists stems matched at the start of a word.
import type { Sector } from "../entries/schemas";

export const SECTOR_LEXICON: Record<Sector, string[]> = {
  defense: [
    "military", "militar", "defense", "defence", "weapon", "arms ", "missile", "drone", "air defen", "helicopter", "fighter jet", "su-35", "s-400",
    "artillery", "ammunition", "troops", "army", "navy", "naval", "exercise", "drill", "war ", "warfare", "strike", "attack", "security alignment",
    "security cooperation", "combat", "mi-28", "shahed", "ballistic", "armed forces", "intelligence", "radar", "warship", "invasion",
  ],
  energy: [
    "energy", "oil", "gas ", "gas,", "gas.", "pipeline", "lng", "petroleum", "refiner", "power plant", "power unit", "electricity", "barrel", "crude",
    "fuel", "gazprom", "rosneft", "lukoil", "bcm", "cubic met", "hydropower", "power station",
  ],
  nuclear: ["nuclear", "uranium", "enrichment", "reactor", "bushehr", "rosatom", "iaea", "atomic", "centrifuge", "jcpoa"],
  trade: [
    "trade", "tariff", "export", "import", "goods", "commerce", "commercial", "market", "economic", "economy", "free trade", "customs",
    "wheat", "grain", "agricultur", "investment", "eaeu", "eurasian economic union", "business",
  ],
  finance: [
    "financ", "payment", "bank", "swift", "currenc", "ruble", "rouble", "rial", "mir card", "shetab", "loan", "credit", "dollar", "settlement",
    "hard currency", "monetary", "central bank",
  ],
  transport: [
    "transport", "corridor", "railway", "rail ", "rasht", "astara", "seaport", "shipping", "logistic", "north-south", "instc", "transit", "road",
    "caspian", "freight", "aviation", "airline", "flights",
  ],
  diplomacy: [
    "diplomat", "visit", "summit", "foreign minister", "ambassador", "talks", "relations", "relationship", "bilateral", "brics", "sco ",
    "united nations", "security council", "sanction", "treaty", "strategic partnership", "alliance", "press conference", "meeting", "envoy",
    "foreign ministry", "negotiat", "intervention", "destabiliz", "destabilis", "cooperation between",
  ],
  technology: ["technolog", "satellite", "space", "cyber", "semiconductor", "microelectronic", "software", "internet", "artificial intelligence", "high-tech", "scientific"],
};

export type SectorHit = { sector: Sector; words: string[] };

/** Sectors whose keywords the text holds, most keywords first. */
export function findSectors(text: string): SectorHit[] {
  const lower = ` ${text.toLowerCase()} `;
  const hits: SectorHit[] = [];
  for (const [sector, stems] of Object.entries(SECTOR_LEXICON) as [Sector, string[]][]) {
    const words = stems.filter((stem) => new RegExp(`(?<![a-z])${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(lower));
    if (words.length) hits.push({ sector, words: words.map((w) => w.trim()) });
  }
  return hits.sort((a, b) => b.words.length - a.words.length);
}
