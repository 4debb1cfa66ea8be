// A stale save merged the way a wiki merges: compared field by field with the version the saver
// started from (base) and the entry as it is now (current). A field only the saver changed goes on
// top of current; a field only someone else changed keeps their value; a field both changed
// differently is a conflict that the saver must settle. Pure, so the form and the server share it.
import { FIELD_LABELS } from "../revisions/diff";
import type { EntryFields } from "./input";

export const MERGE_FIELDS = ["kind", "title", "summary", "date", "sectors", "places", "actors", "citations", "agreement", "statement"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export type ThreeWayMerge = {
  /** current with the saver's own changes on top (conflicting fields keep current's value) */
  merged: EntryFields;
  /** fields the saver changed that nobody else touched: taken from the saver */
  yours: MergeField[];
  /** fields changed by someone else since base that the saver left alone: kept as they are now */
  theirs: MergeField[];
  /** fields changed on both sides, differently */
  conflicts: MergeField[];
};

/** The fields of an entry snapshot (or revision), without its id, state and version. */
export function pickFields(s: EntryFields): EntryFields {
  return Object.fromEntries(MERGE_FIELDS.map((k) => [k, s[k]])) as EntryFields;
}

/** JSON with object keys sorted, so that two equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

export const sameValue = (a: unknown, b: unknown) => canonical(a ?? null) === canonical(b ?? null);

/**
 * `mine` may leave fields out (an API PATCH): those count as unchanged by the saver. Without a
 * base (no revision of that version), every field the saver sends that differs from current is a
 * conflict: nothing is overwritten blind.
 */
export function threeWayMerge(base: EntryFields | null, mine: Partial<EntryFields>, current: EntryFields): ThreeWayMerge {
  const merged = { ...current } as Record<MergeField, unknown>;
  const yours: MergeField[] = [];
  const theirs: MergeField[] = [];
  const conflicts: MergeField[] = [];
  for (const field of MERGE_FIELDS) {
    const now = current[field];
    const before = base ? base[field] : undefined;
    const theyChanged = base ? !sameValue(before, now) : false;
    if (!(field in mine) || mine[field] === undefined) {
      if (theyChanged) theirs.push(field);
      continue;
    }
    const value = mine[field];
    const iChanged = base ? !sameValue(before, value) : !sameValue(now, value);
    if (!iChanged) {
      if (theyChanged) theirs.push(field);
    } else if (sameValue(value, now)) {
      // both made the same change: nothing to settle
    } else if (base && !theyChanged) {
      merged[field] = value;
      yours.push(field);
    } else {
      conflicts.push(field);
    }
  }
  // The kind and its details must agree: a kind taken from one side and details from the other
  // would make an entry neither side wrote.
  const result = merged as unknown as EntryFields;
  const detailsFit = (result.kind === "agreement") === !!result.agreement && (result.kind === "statement") === !!result.statement;
  if (!detailsFit) {
    for (const field of ["kind", "agreement", "statement"] as const) {
      if (!conflicts.includes(field) && (yours.includes(field) || theirs.includes(field))) {
        conflicts.push(field);
        if (yours.includes(field)) {
          yours.splice(yours.indexOf(field), 1);
          merged[field] = current[field];
        }
      }
    }
  }
  const order = (list: MergeField[]) => MERGE_FIELDS.filter((f) => list.includes(f));
  return { merged: merged as unknown as EntryFields, yours: order(yours), theirs: order(theirs), conflicts: order(conflicts) };
}

/** "summary,title" (from the address after a merged save) → ["Summary", "Title"]; anything else is dropped. */
export function mergedFieldLabels(param: string | undefined): string[] {
  const fields = (param ?? "").split(",").filter((f): f is MergeField => (MERGE_FIELDS as readonly string[]).includes(f));
  return [...new Set(fields)].map((f) => FIELD_LABELS[f]);
}
