// States and organisations an article names in words a capitalised-name rule would miss or
// misread: demonyms ("Iranian officials"), capitals used for governments ("Moscow has offered"),
// abbreviations ("U.S.", "IAEA"). Kept in the code base so analysts can extend it by review.

export type KnownActor = { name: string; kind: "state" | "organisation"; country: string | null; words: string[]; capital?: string };

export const STATES: KnownActor[] = [
  { name: "Iran", kind: "state", country: "IR", capital: "Tehran", words: ["Iran", "Islamic Republic of Iran", "Iranian", "Iranians", "Tehran", "Teheran", "Persia", "Иран", "ایران"] },
  { name: "Russia", kind: "state", country: "RU", capital: "Moscow", words: ["Russia", "Russian Federation", "Russian", "Russians", "Moscow", "Kremlin", "Россия", "Москва", "روسیه"] },
  { name: "United States", kind: "state", country: "US", capital: "Washington", words: ["United States", "United States of America", "U.S.", "US", "USA", "American", "Americans", "Washington", "White House"] },
  { name: "Israel", kind: "state", country: "IL", words: ["Israel", "Israeli", "Israelis"] },
  { name: "Azerbaijan", kind: "state", country: "AZ", capital: "Baku", words: ["Azerbaijan", "Azerbaijani", "Baku"] },
  { name: "Ukraine", kind: "state", country: "UA", capital: "Kyiv", words: ["Ukraine", "Ukrainian", "Kyiv", "Kiev"] },
  { name: "China", kind: "state", country: "CN", capital: "Beijing", words: ["China", "Chinese", "Beijing", "People's Republic of China"] },
  { name: "North Korea", kind: "state", country: "KP", capital: "Pyongyang", words: ["North Korea", "North Korean", "Pyongyang", "DPRK"] },
  { name: "Syria", kind: "state", country: "SY", capital: "Damascus", words: ["Syria", "Syrian", "Damascus"] },
  { name: "Iraq", kind: "state", country: "IQ", capital: "Baghdad", words: ["Iraq", "Iraqi", "Baghdad"] },
  { name: "Armenia", kind: "state", country: "AM", capital: "Yerevan", words: ["Armenia", "Armenian", "Yerevan"] },
  { name: "Turkey", kind: "state", country: "TR", capital: "Ankara", words: ["Turkey", "Türkiye", "Turkish", "Ankara"] },
  { name: "Saudi Arabia", kind: "state", country: "SA", capital: "Riyadh", words: ["Saudi Arabia", "Saudi", "Riyadh"] },
  { name: "United Arab Emirates", kind: "state", country: "AE", words: ["United Arab Emirates", "UAE", "Emirati", "Abu Dhabi"] },
  { name: "Qatar", kind: "state", country: "QA", capital: "Doha", words: ["Qatar", "Qatari", "Doha"] },
  { name: "India", kind: "state", country: "IN", capital: "New Delhi", words: ["India", "Indian", "New Delhi"] },
  { name: "Pakistan", kind: "state", country: "PK", capital: "Islamabad", words: ["Pakistan", "Pakistani", "Islamabad"] },
  { name: "Afghanistan", kind: "state", country: "AF", capital: "Kabul", words: ["Afghanistan", "Afghan", "Kabul"] },
  { name: "Kazakhstan", kind: "state", country: "KZ", capital: "Astana", words: ["Kazakhstan", "Kazakh", "Astana"] },
  { name: "Turkmenistan", kind: "state", country: "TM", capital: "Ashgabat", words: ["Turkmenistan", "Turkmen", "Ashgabat"] },
  { name: "Uzbekistan", kind: "state", country: "UZ", words: ["Uzbekistan", "Uzbek", "Tashkent"] },
  { name: "Tajikistan", kind: "state", country: "TJ", words: ["Tajikistan", "Tajik", "Dushanbe"] },
  { name: "Belarus", kind: "state", country: "BY", capital: "Minsk", words: ["Belarus", "Belarusian", "Minsk"] },
  { name: "Venezuela", kind: "state", country: "VE", words: ["Venezuela", "Venezuelan", "Caracas"] },
  { name: "Lebanon", kind: "state", country: "LB", words: ["Lebanon", "Lebanese", "Beirut"] },
  { name: "Yemen", kind: "state", country: "YE", words: ["Yemen", "Yemeni", "Sanaa"] },
  { name: "Oman", kind: "state", country: "OM", words: ["Oman", "Omani", "Muscat"] },
  { name: "Egypt", kind: "state", country: "EG", words: ["Egypt", "Egyptian", "Cairo"] },
  { name: "United Kingdom", kind: "state", country: "GB", words: ["United Kingdom", "UK", "U.K.", "Britain", "British", "London"] },
  { name: "France", kind: "state", country: "FR", words: ["France", "French", "Paris"] },
  { name: "Germany", kind: "state", country: "DE", words: ["Germany", "German", "Berlin"] },
  { name: "Japan", kind: "state", country: "JP", words: ["Japan", "Japanese", "Tokyo"] },
  { name: "Georgia", kind: "state", country: "GE", words: ["Tbilisi"] },
  { name: "Cuba", kind: "state", country: "CU", words: ["Cuba", "Cuban", "Havana"] },
];

export const ORGANISATIONS: KnownActor[] = [
  { name: "BRICS", kind: "organisation", country: null, words: ["BRICS"] },
  { name: "United Nations", kind: "organisation", country: null, words: ["United Nations", "UN", "U.N."] },
  { name: "UN Security Council", kind: "organisation", country: null, words: ["UN Security Council", "U.N. Security Council", "Security Council", "UNSC"] },
  { name: "International Atomic Energy Agency", kind: "organisation", country: null, words: ["International Atomic Energy Agency", "IAEA"] },
  { name: "Eurasian Economic Union", kind: "organisation", country: null, words: ["Eurasian Economic Union", "EAEU", "EEU"] },
  { name: "Shanghai Cooperation Organisation", kind: "organisation", country: null, words: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"] },
  { name: "NATO", kind: "organisation", country: null, words: ["NATO"] },
  { name: "European Union", kind: "organisation", country: null, words: ["European Union", "EU"] },
  { name: "OPEC", kind: "organisation", country: null, words: ["OPEC", "OPEC+"] },
  { name: "Gazprom", kind: "organisation", country: "RU", words: ["Gazprom"] },
  { name: "Rosatom", kind: "organisation", country: "RU", words: ["Rosatom"] },
  { name: "Rosneft", kind: "organisation", country: "RU", words: ["Rosneft"] },
  { name: "Lukoil", kind: "organisation", country: "RU", words: ["Lukoil"] },
  { name: "Rosoboronexport", kind: "organisation", country: "RU", words: ["Rosoboronexport"] },
  { name: "Islamic Revolutionary Guard Corps", kind: "organisation", country: "IR", words: ["Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards"] },
  { name: "National Iranian Oil Company", kind: "organisation", country: "IR", words: ["National Iranian Oil Company", "NIOC"] },
  { name: "Hezbollah", kind: "organisation", country: "LB", words: ["Hezbollah"] },
  { name: "Hamas", kind: "organisation", country: null, words: ["Hamas"] },
  { name: "Houthis", kind: "organisation", country: "YE", words: ["Houthis", "Houthi", "Ansarallah"] },
  { name: "Wagner Group", kind: "organisation", country: "RU", words: ["Wagner Group", "Wagner"] },
  { name: "State Duma", kind: "organisation", country: "RU", words: ["State Duma", "Duma"] },
  { name: "Majlis", kind: "organisation", country: "IR", words: ["Majlis", "Iranian parliament"] },
  { name: "Central Bank of Iran", kind: "organisation", country: "IR", words: ["Central Bank of Iran", "CBI"] },
  { name: "Bank of Russia", kind: "organisation", country: "RU", words: ["Bank of Russia", "Central Bank of Russia"] },
];

/** Capitalised phrases that are neither people nor actors ("Middle East", "Cold War"). */
export const NOT_NAMES = new Set(
  [
    "Middle East", "Cold War", "Soviet Union", "Russian Empire", "Caspian Sea", "Persian Gulf", "Strait of Hormuz", "Table of Contents",
    "Western", "West", "East", "Eurasia", "Europe", "Asia", "Africa", "Gulf", "Global South", "World War", "Ukraine War", "North-South",
    "International North", "South Transport Corridor", "Security", "Defense", "Defence", "Energy", "Trade", "Oil", "Foreign", "Minister",
  ].map((s) => s.toLowerCase()),
);

/** Words before a name that make it a person, and the kind of title they begin. */
export const TITLE_WORDS = [
  "President", "Vice President", "Prime Minister", "Minister", "Deputy", "Foreign Minister", "Ambassador", "Secretary", "Chief", "chief",
  "Spokesman", "spokesman", "Spokesperson", "spokesperson", "spokeswoman", "analyst", "Analyst", "envoy", "Envoy", "General", "Gen.",
  "Admiral", "Adm.", "Commander", "commander", "Ayatollah", "Supreme Leader", "Speaker", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
  "director", "Director", "head", "Head", "CEO", "chairman", "Chairman", "official", "adviser", "Adviser", "advisor", "Governor", "governor",
  "Senator", "Sen.", "King", "Crown Prince", "Sheikh", "Emir", "Colonel", "Col.", "Lieutenant", "Major", "Captain", "Professor", "Prof.",
];
