// The CSV exchange format: the same columns go out in an export and come back in an import, so an
// analyst can edit an export in a spreadsheet and import it again. Documented in docs/import.md.

/** Separates the values of a list cell: "energy; trade". */
export const LIST_SEPARATOR = ";";

export const CSV_COLUMNS = [
  ["id", "Leave empty for a new entry. The id of an existing entry to update it."],
  ["version", "With id: the version the row was exported at; a row older than the record is refused, not applied."],
  ["slug", "Permalink, lowercase words joined by hyphens; made from the title when empty."],
  ["kind", "event, agreement or statement."],
  ["title", "Required, at most 200 characters."],
  ["summary", "Required."],
  ["date_start", "YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows; empty when undated."],
  ["date_end", "End of a range, same forms; empty for a single date."],
  ["sectors", "One or more of defense, energy, nuclear, trade, finance, transport, diplomacy, technology, separated by ';'."],
  ["places", "Places separated by ';': each a place's name in any spelling (Latin, Cyrillic or Persian) or its slug, e.g. 'Tehran; bushehr-nuclear-power-plant'. A name no place has yet creates one, located from the gazetteer when it is a city, else listed on /places/manage for an editor to locate. Exports give each place's canonical name."],
  ["actors", "Actors with their role in brackets, separated by ';': 'Sergei Tsivilev (visitor); Iran (host)'. Any recorded spelling or the actor's slug."],
  ["status", "Agreements: proposed, negotiating, signed, ratified, in_force, suspended, expired or terminated."],
  ["duration_years", "Agreements: duration in years, e.g. 20."],
  ["speaker", "Statements: who said it (any recorded spelling or slug)."],
  ["quote", "Statements: what was said."],
  ["quote_verbatim", "Statements: true when the quote is verbatim, false for a paraphrase."],
  ["quote_language", "Statements: language of the quote, e.g. en."],
  ["quote_original", "Statements: the quote in its original language, when it differs."],
  ["reported_by", "Statements: who reported it, e.g. TASS."],
  ["source_ids", "Ids of sources already in the record that the entry cites, separated by ';'."],
  ["source_title", "A source to cite (new, or the record's source with the same URL or title): its title."],
  ["source_publisher", "Its publisher."],
  ["source_url", "Its web address (http:// or https://; any other scheme is refused)."],
  ["source_published_at", "Its publication date: YYYY, YYYY-MM or YYYY-MM-DD."],
  ["source_reliability", "Its reliability, A (completely reliable) to F (cannot be judged)."],
  ["citation_quote", "The passage of the first source that supports the entry."],
  ["credibility", "Credibility of the information, 1 (confirmed) to 6 (cannot be judged)."],
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number][0];
export const CSV_HEADER: CsvColumn[] = CSV_COLUMNS.map(([name]) => name);
export type CsvRow = Record<CsvColumn, string>;
