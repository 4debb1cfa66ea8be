"use client";
// What an edit conflict looks like in the form: the fields merged automatically (someone else's
// change kept, the saver's kept too), and each field both changed, side by side, to keep mine or
// take theirs. The panel stays until the save that settles it succeeds.
import type { MergeField } from "@/lib/entries/three-way-merge";
import { FIELD_LABELS } from "@/lib/revisions/diff";
import { secondaryButtonClass } from "./fields";

export type ConflictField = { field: MergeField; mine: string; theirs: string; chosen: "mine" | "theirs" | null };
export type EditConflict = { message: string; version: number; theirs: MergeField[]; fields: ConflictField[] };

const labelOf = (f: MergeField) => FIELD_LABELS[f];

export function ConflictPanel({ conflict, onChoose }: { conflict: EditConflict; onChoose: (field: MergeField, side: "mine" | "theirs") => void }) {
  const open = conflict.fields.filter((f) => !f.chosen).length;
  return (
    <section
      role="alert"
      aria-labelledby="conflict-heading"
      tabIndex={-1}
      id="conflict-panel"
      className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <h2 id="conflict-heading" className="font-semibold">
        Someone else saved this entry first
      </h2>
      <p className="mt-1">{conflict.message}</p>
      {conflict.theirs.length > 0 && (
        <p className="mt-2 text-sm" data-testid="merged-meanwhile">
          Merged with the changes saved meanwhile: {conflict.theirs.map(labelOf).join(", ")} (now as in version {conflict.version}; your other changes are kept).
        </p>
      )}
      {conflict.fields.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold">
            {open > 0
              ? `Changed on both sides: choose yours or theirs for ${open === 1 ? "this field" : `these ${open} fields`} (you can still edit it below), then save.`
              : "Every field is settled: check the form, then save."}
          </h3>
          <ul className="mt-1 flex flex-col gap-3">
            {conflict.fields.map((f) => (
              <li key={f.field} data-testid={`conflict-${f.field}`} className="rounded border border-amber-300 bg-white p-2 dark:border-amber-800 dark:bg-slate-900">
                <p className="font-medium">
                  {labelOf(f.field)}
                  {f.chosen && <span className="font-normal"> — {f.chosen === "mine" ? "keeping yours" : "taking theirs"}</span>}
                </p>
                <div className="mt-1 grid gap-2 sm:grid-cols-2">
                  <div>
                    <p className="text-sm font-semibold">Yours</p>
                    <p className="whitespace-pre-line text-sm" data-testid="conflict-mine">{f.mine || "(empty)"}</p>
                    <button type="button" className={`${secondaryButtonClass} mt-1`} aria-pressed={f.chosen === "mine"} onClick={() => onChoose(f.field, "mine")}>
                      Keep my {labelOf(f.field).toLowerCase()}
                    </button>
                  </div>
                  <div>
                    <p className="text-sm font-semibold">Theirs (version {conflict.version})</p>
                    <p className="whitespace-pre-line text-sm" data-testid="conflict-now">{f.theirs || "(empty)"}</p>
                    <button type="button" className={`${secondaryButtonClass} mt-1`} aria-pressed={f.chosen === "theirs"} onClick={() => onChoose(f.field, "theirs")}>
                      Take their {labelOf(f.field).toLowerCase()}
                    </button>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
