"use client";
// The entry form's places: typed as a list (any spelling: Latin, Cyrillic, Persian, or a slug), or
// picked by any spelling (close misspellings too) from /api/v1/places. A name the record does not
// know yet becomes a new place when the entry is saved: located from the gazetteer when it is a
// city, else listed for editors on /places/manage.
import { Field, describedBy, inputClass } from "../fields";
import type { SectionProps } from "../form-state";
import { SearchPicker } from "../search-picker";

type PlaceOption = { id: string; slug: string; name: string; kind: string; country: string | null; matched: string };

const splitPlaces = (value: string) => value.split(",").map((p) => p.trim()).filter(Boolean);

export function PlacesSection({ state, update, errors }: SectionProps) {
  const add = (name: string) => {
    const places = splitPlaces(state.places);
    if (!places.some((p) => p.toLowerCase() === name.toLowerCase())) update({ places: [...places, name].join(", ") });
  };
  return (
    <>
      <Field id="places" label="Places" hint="Comma-separated, in any spelling: Tehran, Бушер. A name the record does not know becomes a new place when you save." error={errors.places}>
        <input className={inputClass} value={state.places} onChange={(ev) => update({ places: ev.target.value })} {...describedBy("places", errors.places, true)} />
      </Field>
      <SearchPicker<PlaceOption>
        label="Find a place (any spelling)"
        inputId="places-find"
        url="/api/v1/places"
        describe={(p) => `${p.name}${p.matched !== p.name ? ` (as “${p.matched}”)` : ""} · ${p.kind}${p.country ? `, ${p.country}` : ""}`}
        onPick={(p) => add(p.name)}
        footer={(typed) =>
          typed.trim().length >= 2 ? (
            <button type="button" className="mt-1 text-sm underline" onClick={() => add(typed.trim().replace(/,/g, " "))}>
              Add “{typed.trim()}” as a new place
            </button>
          ) : null
        }
      />
    </>
  );
}
