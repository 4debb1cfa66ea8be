"use client";
// The entry's actors, each with its role; found by any spelling, or created inline.
import { FieldError, describedBy, inputClass } from "../fields";
import type { SectionProps } from "../form-state";
import { NewActor } from "../inline-create";
import { SearchPicker } from "../search-picker";

export type ActorOption = { id: string; name: string; matched: string; country: string | null };

export function ActorsSection({ state, update, errors, names, addName, addPending }: SectionProps) {
  const add = (a: { id: string; name: string }) => {
    addName("actors", a.id, a.name);
    update({ actors: [...state.actors, { actorId: a.id, role: "participant" }] });
  };
  return (
    <fieldset className="mt-6">
      <legend className="text-sm font-medium">Actors</legend>
      <ul className="mt-1 flex flex-col gap-2">
        {state.actors.map((a, i) => (
          <li key={`${a.actorId}-${i}`} className="flex flex-wrap items-end gap-2">
            <span className="min-w-40 font-medium">{names.actors[a.actorId] ?? a.actorId}</span>
            <div>
              <label htmlFor={`actors-${i}-role`} className="block text-sm">
                Role of {names.actors[a.actorId]}
              </label>
              <input
                className={inputClass}
                value={a.role}
                onChange={(ev) => update({ actors: state.actors.map((x, j) => (j === i ? { ...x, role: ev.target.value } : x)) })}
                {...describedBy(`actors-${i}-role`, errors[`actors.${i}.role`])}
              />
              <FieldError id={`actors-${i}-role`} error={errors[`actors.${i}.role`]} />
            </div>
            <button type="button" className="pb-2 text-sm underline" onClick={() => update({ actors: state.actors.filter((_, j) => j !== i) })}>
              Remove {names.actors[a.actorId]}
            </button>
          </li>
        ))}
      </ul>
      <SearchPicker<ActorOption>
        label="Add an actor (any spelling)"
        url="/api/editor/find/actors"
        describe={(a) => `${a.name}${a.matched !== a.name ? ` (as “${a.matched}”)` : ""}${a.country ? `, ${a.country}` : ""}`}
        onPick={add}
        footer={(q, { clear }) => <NewActor prefix="actors" initialName={q} onAdd={(actor) => (add({ id: addPending("actors", actor), name: actor.name }), clear())} />}
      />
    </fieldset>
  );
}
