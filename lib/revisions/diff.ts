// Field-by-field comparison of two revisions of an entry, as text a person can read: the history
// page shows each changed field with a word diff (jsdiff) of these texts.
import type { EntrySnapshot } from "./types";

export type FieldChange = { field: string; label: string; before: string; after: string };

/** Names of the actors and sources that snapshots refer to by id. */
export type NameLookup = { actor: (id: string) => string; source: (id: string) => string };

const STATE = { draft: "draft", in_review: "in review", published: "published" } as const;

function dateText(d: EntrySnapshot["date"] | undefined): string {
  if (!d?.start) return "undated";
  return d.end ? `${d.start} – ${d.end}` : d.start;
}

/** Each field of a snapshot as text; lists one item per line. */
export function fieldTexts(s: Partial<EntrySnapshot> | null, names: NameLookup): Record<string, string> {
  if (!s) return {};
  const a = s.agreement;
  const st = s.statement;
  return {
    state: s.state ? STATE[s.state] + (s.deleted ? ", deleted" : "") : "",
    kind: s.kind ?? "",
    title: s.title ?? "",
    summary: s.summary ?? "",
    date: dateText(s.date),
    sectors: (s.sectors ?? []).join(", "),
    places: (s.places ?? []).join(", "),
    actors: (s.actors ?? []).map((x) => `${names.actor(x.actorId)} (${x.role})`).join("\n"),
    citations: (s.citations ?? [])
      .map((c) => [names.source(c.sourceId), c.quote ? `“${c.quote}”` : null, c.credibility ? `credibility ${c.credibility}` : null].filter(Boolean).join(" — "))
      .join("\n"),
    agreement: a
      ? [
          `status: ${a.status.replace("_", " ")}`,
          a.durationYears ? `duration: ${a.durationYears} years` : null,
          ...a.figures.map((f) => `${f.label}: ${f.value} ${f.unit}`),
          ...a.steps.map((x) => `step: ${x.status.replace("_", " ")}, ${x.date ?? "undated"}${x.sourceId ? `, ${names.source(x.sourceId)}` : ""}${x.note ? ` (${x.note})` : ""}`),
        ]
          .filter(Boolean)
          .join("\n")
      : "",
    statement: st
      ? [
          `speaker: ${names.actor(st.speakerId)}`,
          `${st.verbatim ? "verbatim" : "paraphrase"}: “${st.quote}”`,
          st.language ? `language: ${st.language}` : null,
          st.original ? `original: “${st.original}”` : null,
          st.reportedBy ? `reported by: ${st.reportedBy}` : null,
        ]
          .filter(Boolean)
          .join("\n")
      : "",
  };
}

export const FIELD_LABELS: Record<string, string> = {
  state: "State",
  kind: "Kind",
  title: "Title",
  summary: "Summary",
  date: "Date",
  sectors: "Sectors",
  places: "Places",
  actors: "Actors",
  citations: "Sources",
  agreement: "Agreement",
  statement: "Statement",
};

/** The fields that differ between two revisions (everything, against nothing, for the first one). */
export function changedFields(before: Partial<EntrySnapshot> | null, after: Partial<EntrySnapshot>, names: NameLookup): FieldChange[] {
  const b = fieldTexts(before, names);
  const a = fieldTexts(after, names);
  return Object.keys(FIELD_LABELS)
    .filter((field) => (b[field] ?? "") !== (a[field] ?? ""))
    .map((field) => ({ field, label: FIELD_LABELS[field], before: b[field] ?? "", after: a[field] ?? "" }));
}

/** Actor and source ids a snapshot mentions, to look their names up in one query each. */
export function referencedIds(snapshots: Partial<EntrySnapshot>[]): { actors: Set<string>; sources: Set<string> } {
  const actors = new Set<string>();
  const sources = new Set<string>();
  for (const s of snapshots) {
    s.actors?.forEach((a) => actors.add(a.actorId));
    if (s.statement) actors.add(s.statement.speakerId);
    s.citations?.forEach((c) => sources.add(c.sourceId));
    s.agreement?.steps.forEach((x) => x.sourceId && sources.add(x.sourceId));
  }
  return { actors, sources };
}
