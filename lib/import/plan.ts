import "server-only";
// The dry run: what an import would do, checked against the record without changing it. Each row
// becomes a planned creation or update, or is reported as a likely duplicate or as invalid (with
// its row number, field and reason). Every lookup is one query for the whole file, so a 10,000-row
// file costs a handful of queries, not thousands.
import type { z } from "zod";
import { Prisma, type PrismaClient } from "../db/generated/client";
import type { EntryFields } from "../entries/input";
import { loadRecords, type EntryRecord } from "../export/records";
import { sourceFields } from "../sources/input";
import type { ImportRow, ParseResult, ParsedRow, RowIssue } from "./row";
import { mostAlike } from "./look-alike";
import { slugify, titleKey } from "./slug";
import { checkAsForm } from "./to-fields";

type Db = Pick<PrismaClient, "$queryRaw" | "entry">;

/**
 * A source to create, shared by every row that describes it. Until the import creates it, the
 * entries that cite it name it by `placeholder` (never a real id: ids have no spaces).
 */
export type NewSource = { key: string; placeholder: string; title: string; publisher: string | null; url: string | null; publishedAt: string | null; reliability: string | null };
/** A row that passed the entry schema: `fields` is what a form would save (new sources by placeholder). */
export type PlannedRow = {
  row: number;
  data: ImportRow;
  fieldName?: (path: string[]) => string;
  slug: string;
  fields: EntryFields;
};
export type PlannedUpdate = PlannedRow & { id: string; version: number; changes: string[] };
export type Duplicate = {
  row: number;
  title: string;
  reason: string;
  existing: { id: string; slug: string; title: string } | { row: number };
};
export type ImportPlan = {
  total: number;
  create: PlannedRow[];
  update: PlannedUpdate[];
  unchanged: { row: number; id: string; title: string }[];
  duplicates: Duplicate[];
  invalid: RowIssue[];
  newSources: NewSource[];
};

const actorNameKey = (name: string) => name.trim().toLowerCase();

/** Actors by any recorded spelling or slug; a name that fits no actor gets the closest spelling as a hint. */
async function resolveActors(db: Db, names: string[]) {
  const found = new Map<string, string[]>();
  if (names.length === 0) return { found, hints: new Map<string, string>() };
  const rows = await db.$queryRaw<{ name: string; ids: string[] }[]>`
    SELECT t.name, array_remove(array_agg(DISTINCT x.id), NULL) AS ids
    FROM unnest(${names}::text[]) AS t(name)
    LEFT JOIN LATERAL (
      SELECT n."actorId" AS id FROM "ActorName" n
      WHERE lower(public.record_unaccent(n."name")) = lower(public.record_unaccent(t.name))
      UNION SELECT a."id" FROM "Actor" a WHERE a."slug" = t.name
    ) x ON TRUE
    GROUP BY t.name`;
  for (const r of rows) found.set(actorNameKey(r.name), r.ids);
  const unknown = rows.filter((r) => r.ids.length === 0).map((r) => r.name);
  const hints = new Map<string, string>();
  if (unknown.length) {
    const close = await db.$queryRaw<{ name: string; hint: string }[]>`
      SELECT t.name, best.name AS hint FROM unnest(${unknown}::text[]) AS t(name)
      CROSS JOIN LATERAL (
        SELECT n."name" FROM "ActorName" n
        WHERE lower(public.record_unaccent(t.name)) <% lower(public.record_unaccent(n."name"))
        ORDER BY word_similarity(lower(public.record_unaccent(t.name)), lower(public.record_unaccent(n."name"))) DESC LIMIT 1
      ) best`;
    for (const c of close) hints.set(actorNameKey(c.name), c.hint);
  }
  return { found, hints };
}

function sourceKey(s: { url: string | null; title: string; publisher: string | null }) {
  return s.url ? `url:${s.url}` : `title:${titleKey(s.title)}|${titleKey(s.publisher ?? "")}`;
}

/** What changed between the record and a row, by field, for the dry run's update list. */
function changedFields(current: EntryRecord, planned: PlannedRow): string[] {
  const d = planned.data;
  const f = planned.fields;
  const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
  const changes: string[] = [];
  const check = (field: string, a: unknown, b: unknown) => same(a, b) || changes.push(field);
  check("kind", current.kind, f.kind);
  check("title", current.title, f.title);
  check("summary", current.summary, f.summary);
  check("slug", current.slug, planned.slug);
  check("date", [current.date.start, current.date.end], [f.date.start, f.date.end]);
  check("sectors", [...new Set(current.sectors)].sort(), [...new Set(f.sectors)].sort());
  check("places", current.places, f.places);
  check(
    "actors",
    current.actors.map((a) => `${a.id}|${a.role}`).sort(),
    f.actors.map((a) => `${a.actorId}|${a.role}`).sort(),
  );
  if (f.agreement) {
    check("status", current.status ?? null, f.agreement.status);
    check("durationYears", current.durationYears, f.agreement.durationYears);
    if (d.figures != null) check("figures", current.figures, f.agreement.figures);
    if (d.steps != null) check("steps", current.steps, f.agreement.steps);
  }
  if (f.statement) {
    check("speaker", current.speaker?.id ?? null, f.statement.speakerId);
    check("quote", current.quote ?? null, f.statement.quote);
    check("quoteVerbatim", current.quoteVerbatim, f.statement.verbatim);
    check("quoteLanguage", current.quoteLanguage, f.statement.language);
    check("quoteOriginal", current.quoteOriginal, f.statement.original);
    check("reportedBy", current.reportedBy, f.statement.reportedBy);
  }
  check("sources", current.sources.map((s) => s.id), f.citations.map((c) => c.sourceId));
  const first = f.citations[0];
  if (first?.quote !== null && first?.quote !== undefined) check("citation quote", current.sources[0]?.quote ?? null, first.quote);
  if (first?.credibility !== null && first?.credibility !== undefined) check("credibility", current.sources[0]?.credibility ?? null, first.credibility);
  if (d.links) check("links", [...current.links].map((l) => `${l.type}|${l.to}`).sort(), d.links.map((l) => `${l.type}|${l.to}`).sort());
  return changes;
}

export async function planImport(db: Db, parsed: ParseResult): Promise<ImportPlan> {
  const invalid: RowIssue[] = [...parsed.invalid];
  // A cell already reported as unreadable is not reported again by the schema, and no message twice.
  const unreadable = new Set(invalid.map((i) => `${i.row}|${i.field}`));
  const reported = new Set<string>();
  const failed = new Set<number>(parsed.rows.filter((r) => r.broken).map((r) => r.row));
  const fail = (row: number, field: string, message: string) => {
    failed.add(row);
    if (unreadable.has(`${row}|${field}`) || reported.has(`${row}|${field}|${message}`)) return;
    reported.add(`${row}|${field}|${message}`);
    invalid.push({ row, field, message });
  };
  const flag = fail;
  const rows = parsed.rows;
  const nameOf = (r: ParsedRow, path: (string | number)[]) => {
    const p = path.map(String);
    return r.fieldName ? r.fieldName(p) : p.join(".");
  };

  // Actors and speakers, by any spelling.
  const names = [...new Set(rows.flatMap((r) => [...r.data.actors.map((a) => a.name), ...(r.data.speaker ? [r.data.speaker] : [])]))];
  const actors = await resolveActors(db, names);
  const actorId = (row: number, field: string, name: string): string | null => {
    const ids = actors.found.get(actorNameKey(name)) ?? [];
    if (ids.length === 1) return ids[0];
    if (ids.length > 1) flag(row, field, `“${name}” is a spelling of ${ids.length} actors: use the actor's slug instead`);
    else {
      const hint = actors.hints.get(actorNameKey(name));
      flag(row, field, `no actor is called “${name}”${hint ? ` (did you mean “${hint}”?)` : ""}: use a recorded spelling, or add the actor first`);
    }
    return null;
  };

  // Sources described in the file pass the source form's own schema (web addresses only, …).
  type Described = z.output<typeof sourceFields>;
  const describedOf = new Map<ParsedRow, (Described | null)[]>();
  for (const r of rows) {
    describedOf.set(
      r,
      r.data.citations.map((c, i) => {
        if (!c.source) return null;
        const checked = sourceFields.safeParse(c.source);
        if (checked.success) return checked.data;
        for (const issue of checked.error.issues) fail(r.row, nameOf(r, ["citations", i, "source", ...issue.path.map(String)]), issue.message);
        return null;
      }),
    );
  }

  // Sources cited by id, and sources described in the file (matched by URL, else by title and publisher).
  const stepSourceIds = (r: ParsedRow) => (r.data.steps ?? []).flatMap((s) => (typeof s.sourceId === "string" && s.sourceId ? [s.sourceId] : []));
  const citedIds = [...new Set(rows.flatMap((r) => [...r.data.citations.flatMap((c) => (c.sourceId ? [c.sourceId] : [])), ...stepSourceIds(r)]))];
  const knownIds = new Set(
    citedIds.length ? (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Source" WHERE "id" = ANY(${citedIds}::text[])`).map((s) => s.id) : [],
  );
  const described = [...describedOf.values()].flat().filter((s): s is Described => s !== null);
  const urls = [...new Set(described.flatMap((s) => (s.url ? [s.url] : [])))];
  const titles = [...new Set(described.filter((s) => !s.url).map((s) => s.title))];
  const existingSource = new Map<string, string>();
  if (urls.length) {
    // "Source_url_idx"
    const found = await db.$queryRaw<{ id: string; url: string }[]>`SELECT DISTINCT ON ("url") "id", "url" FROM "Source" WHERE "url" = ANY(${urls}::text[]) ORDER BY "url", "createdAt"`;
    for (const s of found) existingSource.set(`url:${s.url}`, s.id);
  }
  if (titles.length) {
    const found = await db.$queryRaw<{ id: string; title: string; publisher: string | null }[]>`
      SELECT "id", "title", "publisher" FROM "Source" WHERE lower("title") = ANY(${titles.map((t) => t.toLowerCase())}::text[]) ORDER BY "createdAt"`;
    for (const s of found) {
      const key = sourceKey({ url: null, title: s.title, publisher: s.publisher });
      if (!existingSource.has(key)) existingSource.set(key, s.id);
    }
  }
  const newSources = new Map<string, NewSource>();

  // Entries that update rows name, and entries link targets name.
  const updateIds = [...new Set(rows.flatMap((r) => (r.data.id ? [r.data.id] : [])))];
  const current = new Map((await loadRecords(db, updateIds)).map((e) => [e.id, e]));
  const deleted = new Set(
    updateIds.length ? (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Entry" WHERE "id" = ANY(${updateIds}::text[]) AND "deletedAt" IS NOT NULL`).map((r) => r.id) : [],
  );

  const planned: PlannedRow[] = [];
  for (const r of rows) {
    const { row, data, fieldName } = r;
    const entryActors = data.actors.flatMap((a) => {
      const id = actorId(row, "actors", a.name);
      return id ? [{ actorId: id, role: a.role }] : [];
    });
    const speakerId = data.speaker ? actorId(row, "speaker", data.speaker) : null;
    const citations: { sourceId: string; quote: unknown; credibility: unknown }[] = [];
    // An export writes the first source both by id and described: a described source that is
    // already cited by id is the same citation, not a second one.
    const byId = new Set(data.citations.flatMap((c) => (c.sourceId ? [c.sourceId] : [])));
    data.citations.forEach((c, i) => {
      if (c.sourceId) {
        if (!knownIds.has(c.sourceId)) flag(row, nameOf(r, ["citations", i, "sourceId"]), `no source has the id “${c.sourceId}”`);
        citations.push({ sourceId: c.sourceId, quote: c.quote ?? null, credibility: c.credibility ?? null });
        return;
      }
      const s = describedOf.get(r)![i];
      // Reported above; a stand-in keeps the schema from reporting a missing citation as well.
      if (!s) return citations.push({ sourceId: `(invalid source ${i + 1})`, quote: c.quote ?? null, credibility: c.credibility ?? null });
      const key = sourceKey(s);
      const existing = existingSource.get(key);
      if (existing && byId.has(existing)) return;
      if (!existing && !newSources.has(key)) newSources.set(key, { key, placeholder: `(new source ${newSources.size + 1})`, ...s });
      citations.push({ sourceId: existing ?? newSources.get(key)!.placeholder, quote: c.quote ?? null, credibility: c.credibility ?? null });
    });
    for (const id of stepSourceIds(r)) if (!knownIds.has(id)) flag(row, "steps", `no source has the id “${id}”`);
    // The entry form's own rules (lengths, roles, ranges of one precision, no source cited twice…), once names are resolved.
    const { fields, issues } = checkAsForm({ row, data, fieldName, actors: entryActors, speakerId, citations });
    for (const issue of issues) flag(issue.row, issue.field, issue.message);
    if (!fields) continue;
    planned.push({ row, data, fieldName, slug: data.slug ?? slugify(fields.title), fields });
  }

  // Links point at entries of the record or at entries this file creates.
  const fileSlugs = new Set(planned.map((p) => p.slug));
  const linkSlugs = [...new Set(planned.flatMap((p) => (p.data.links ?? []).map((l) => l.to)))].filter((s) => !fileSlugs.has(s));
  const knownSlugs = new Set(
    linkSlugs.length ? (await db.$queryRaw<{ slug: string }[]>`SELECT "slug" FROM "Entry" WHERE "slug" = ANY(${linkSlugs}::text[])`).map((r) => r.slug) : [],
  );
  for (const p of planned) {
    for (const link of p.data.links ?? []) {
      if (!fileSlugs.has(link.to) && !knownSlugs.has(link.to)) flag(p.row, "links", `no entry has the permalink “${link.to}”`);
    }
  }

  const plan: ImportPlan = { total: parsed.total, create: [], update: [], unchanged: [], duplicates: [], invalid, newSources: [] };
  const creations: PlannedRow[] = [];
  for (const p of planned) {
    if (failed.has(p.row)) continue;
    if (!p.data.id) {
      creations.push(p);
      continue;
    }
    const entry = current.get(p.data.id);
    if (!entry) {
      fail(p.row, "id", `no entry has the id “${p.data.id}”: leave id empty to create a new entry`);
      continue;
    }
    if (deleted.has(entry.id)) {
      fail(p.row, "id", `“${entry.title}” is deleted: restore it first, or leave id empty to create a new entry`);
      continue;
    }
    // Without the version the row was exported at, a change made since would be overwritten unseen.
    if (p.data.version === null) {
      fail(p.row, "version", `“${entry.title}” is updated only from the version it was exported at: export it again (the version column), or leave id empty to create a new entry`);
      continue;
    }
    if (p.data.version !== entry.version) {
      fail(
        p.row,
        "version",
        `“${entry.title}” has changed since this row was exported (version ${p.data.version}, now ${entry.version}): export it again and reapply your change`,
      );
      continue;
    }
    const changes = changedFields(entry, p);
    if (changes.length === 0) plan.unchanged.push({ row: p.row, id: entry.id, title: entry.title });
    else plan.update.push({ ...p, id: entry.id, version: entry.version, changes });
  }

  await sortOutDuplicates(db, creations, plan);
  plan.invalid.sort((a, b) => a.row - b.row || a.field.localeCompare(b.field));
  const cited = new Set([...plan.create, ...plan.update].flatMap((p) => p.fields.citations.map((c) => c.sourceId)));
  plan.newSources = [...newSources.values()].filter((s) => cited.has(s.placeholder));
  return plan;
}

/** Titles at least this similar (pg_trgm's measure) are look-alikes when kind and date agree too. */
const SIMILAR_TITLE = 0.45;

/**
 * New rows that look like an entry already in the record (same permalink, same title, or a similar
 * title of the same kind on the same date), or like an earlier row of the file, are set aside.
 */
async function sortOutDuplicates(db: Db, creations: PlannedRow[], plan: ImportPlan) {
  if (creations.length === 0) return;
  const slugs = [...new Set(creations.map((c) => c.slug))];
  // The wanted permalinks and their numbered variants ("…-2"), to pick free ones, and entries with a
  // row's title: each an index lookup per wanted key ("Entry_slug_key", "Entry_slug_base_idx",
  // "Entry_title_key_idx", the import-lookups migration), or a hash join for a large file. A LIKE per
  // wanted permalink would test every entry against every row of the file.
  const bySlug = new Map(
    (await db.$queryRaw<{ id: string; slug: string; title: string }[]>`
      WITH wanted AS (SELECT DISTINCT w.slug FROM unnest(${slugs}::text[]) AS w(slug))
      SELECT e."id", e."slug", e."title" FROM "Entry" e JOIN wanted w ON e."slug" = w.slug
      UNION
      SELECT e."id", e."slug", e."title" FROM "Entry" e JOIN wanted w ON regexp_replace(e."slug", '-[0-9]+$', '') = w.slug`).map((e) => [e.slug, e]),
  );
  const sameTitle = new Map<string, { id: string; slug: string; title: string }>();
  const titleRows = await db.$queryRaw<{ kind: string; key: string; id: string; slug: string; title: string }[]>`
    WITH wanted AS (
      SELECT DISTINCT public.record_title_key(t.title) AS key FROM unnest(${creations.map((c) => c.fields.title)}::text[]) AS t(title)
    )
    SELECT e."kind"::text AS kind, w.key, e."id", e."slug", e."title"
    FROM "Entry" e JOIN wanted w ON public.record_title_key(e."title") = w.key
    WHERE e."deletedAt" IS NULL`;
  for (const r of titleRows) sameTitle.set(`${r.kind}|${titleKey(r.key)}`, r);

  // A similar title of the same kind on the same date: the entries of each (kind, first day) the file
  // names are read once ("Entry_kind_state_dateStart_idx"), and titles compared here (look-alike.ts).
  const dated = creations.filter((c) => c.fields.date.start);
  const similar = new Map<number, { id: string; slug: string; title: string }>();
  if (dated.length) {
    const day = (c: PlannedRow) => firstDay(c.fields.date.start!);
    const pairs = [...new Map(dated.map((c) => [`${c.fields.kind}|${day(c)}`, { kind: c.fields.kind, start: day(c) }])).values()];
    const candidates = await db.$queryRaw<{ kind: string; start: string; id: string; slug: string; title: string }[]>`
      SELECT e."kind"::text AS kind, to_char(e."dateStart", 'YYYY-MM-DD') AS start, e."id", e."slug", e."title"
      FROM unnest(${pairs.map((p) => p.kind)}::"EntryKind"[], ${pairs.map((p) => p.start)}::date[]) AS w(kind, start)
      JOIN "Entry" e ON e."kind" = w.kind AND e."dateStart" = w.start
      WHERE e."deletedAt" IS NULL
      ORDER BY e."dateStart", e."id"`;
    const byDay = new Map<string, typeof candidates>();
    for (const e of candidates) {
      const key = `${e.kind}|${e.start}`;
      const list = byDay.get(key);
      if (list) list.push(e);
      else byDay.set(key, [e]);
    }
    for (const c of dated) {
      const alike = mostAlike(c.fields.title, byDay.get(`${c.fields.kind}|${day(c)}`) ?? [], SIMILAR_TITLE);
      if (alike) similar.set(c.row, { id: alike.id, slug: alike.slug, title: alike.title });
    }
  }

  const seen = new Map<string, number>();
  const slugRow = new Map<string, number>();
  const takenSlugs = new Set(bySlug.keys());
  for (const c of creations) {
    const title = c.fields.title;
    const existingSlug = bySlug.get(c.slug);
    const existingTitle = sameTitle.get(`${c.fields.kind}|${titleKey(title)}`);
    const fileKey = `${c.fields.kind}|${titleKey(title)}|${c.fields.date.start ?? ""}`;
    if (existingTitle) {
      plan.duplicates.push({ row: c.row, title, reason: "an entry of the same kind has this title", existing: existingTitle });
    } else if (existingSlug && c.data.slug) {
      plan.duplicates.push({ row: c.row, title, reason: "an entry already has this permalink", existing: existingSlug });
    } else if (similar.has(c.row)) {
      plan.duplicates.push({ row: c.row, title, reason: "an entry of the same kind on the same date has a similar title", existing: similar.get(c.row)! });
    } else if (seen.has(fileKey)) {
      plan.duplicates.push({ row: c.row, title, reason: "an earlier row of this file has the same kind, title and date", existing: { row: seen.get(fileKey)! } });
    } else {
      if (c.data.slug && slugRow.has(c.slug)) {
        plan.duplicates.push({ row: c.row, title, reason: "an earlier row of this file has this permalink", existing: { row: slugRow.get(c.slug)! } });
        continue;
      }
      seen.set(fileKey, c.row);
      // A made-up permalink that is taken (by the record or an earlier row) gets a number: "…-2".
      let slug = c.slug;
      for (let n = 2; takenSlugs.has(slug); n++) slug = `${c.slug}-${n}`;
      takenSlugs.add(slug);
      slugRow.set(slug, c.row);
      plan.create.push({ ...c, slug });
    }
  }
}

/** JSON with object keys sorted: the database's jsonb does not keep the order keys were written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function firstDay(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}


export type { ParsedRow };
