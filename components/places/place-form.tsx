"use client";
// Adding a place the gazetteer lacks, or correcting one: its name, kind, country, spellings, and its
// coordinates, either a GeoNames city from the bundled gazetteer or typed by hand.
import { useFormState } from "@/components/editor/use-form-state";
import { Field, FormStatus, buttonClass, describedBy, inputClass } from "@/components/editor/fields";
import { PLACE_KINDS, placeCreateInput, placeUpdateInput } from "@/lib/places/input";

export type PlaceFormPlace = {
  id: string;
  slug: string;
  version: number;
  name: string;
  kind: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
  coordinateSource: "gazetteer" | "hand" | null;
  geonameId: number | null;
  spellings: string[];
};

export type GazetteerChoice = { geonameId: number; label: string };

export function PlaceForm({ place, candidates }: { place: PlaceFormPlace | null; candidates: GazetteerChoice[] }) {
  const { hydrated, errors, message, send, succeed } = useFormState();
  const editing = place !== null;
  return (
    <form
      noValidate
      className="max-w-xl"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const f = new FormData(form);
        const input = {
          name: f.get("name"),
          kind: f.get("kind"),
          country: f.get("country"),
          geonameId: f.get("geonameId") || null,
          latitude: f.get("geonameId") ? null : f.get("latitude"),
          longitude: f.get("geonameId") ? null : f.get("longitude"),
          spellings: String(f.get("spellings") ?? "").split("\n").map((s) => s.trim()).filter(Boolean),
          ...(editing ? { id: place.id, version: place.version, reason: f.get("reason") } : {}),
        };
        const sent = editing
          ? await send("place.update", placeUpdateInput, input, { invalid: "Not saved: check the fields marked in red." })
          : await send<typeof placeCreateInput, { slug: string }>("place.create", placeCreateInput, input, { invalid: "Not added: check the fields marked in red." });
        if (!sent) return;
        if (editing) window.location.reload();
        else {
          form.reset();
          succeed(`Added ${String(input.name)}.`);
          window.location.reload();
        }
      }}
    >
      <fieldset disabled={!hydrated} className="contents">
        <Field id="name" label="Name readers see" error={errors.name}>
          <input name="name" defaultValue={place?.name ?? ""} className={inputClass} {...describedBy("name", errors.name)} />
        </Field>
        <Field id="kind" label="Kind" error={errors.kind}>
          <select name="kind" defaultValue={place?.kind ?? "city"} className={inputClass} {...describedBy("kind", errors.kind)}>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </Field>
        <Field id="country" label="Country code" hint="Two letters, such as IR or RU; empty for a sea." error={errors.country}>
          <input name="country" defaultValue={place?.country ?? ""} className={inputClass} {...describedBy("country", errors.country, true)} />
        </Field>
        <Field id="spellings" label="Other spellings, one per line" hint="Transliterations and the name in Russian (Cyrillic) and Persian: search and the place filter find the place by any of them." error={errors.spellings}>
          <textarea name="spellings" rows={4} defaultValue={place?.spellings.filter((s) => s !== place.name).join("\n") ?? ""} className={inputClass} {...describedBy("spellings", errors.spellings, true)} />
        </Field>
        <Field
          id="geonameId"
          label="Coordinates from the gazetteer"
          hint={candidates.length ? "GeoNames cities of this name, the largest first. Choose none to type the coordinates by hand." : "The gazetteer has no city of this name: type the coordinates below."}
          error={errors.geonameId}
        >
          <select name="geonameId" defaultValue={place?.coordinateSource === "gazetteer" && place.geonameId ? String(place.geonameId) : ""} className={inputClass} {...describedBy("geonameId", errors.geonameId, true)}>
            <option value="">None: coordinates typed by hand</option>
            {candidates.map((c) => (
              <option key={c.geonameId} value={c.geonameId}>
                {c.label}
              </option>
            ))}
          </select>
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field id="latitude" label="Latitude (° north)" error={errors.latitude}>
            <input name="latitude" inputMode="decimal" defaultValue={place?.coordinateSource === "hand" ? String(place.latitude) : ""} className={inputClass} {...describedBy("latitude", errors.latitude)} />
          </Field>
          <Field id="longitude" label="Longitude (° east)" error={errors.longitude}>
            <input name="longitude" inputMode="decimal" defaultValue={place?.coordinateSource === "hand" ? String(place.longitude) : ""} className={inputClass} {...describedBy("longitude", errors.longitude)} />
          </Field>
        </div>
        {editing && (
          <Field id="reason" label="Why this change" error={errors.reason}>
            <input name="reason" className={inputClass} {...describedBy("reason", errors.reason)} />
          </Field>
        )}
        <FormStatus message={message?.text ?? null} tone={message?.tone} />
        <button type="submit" className={buttonClass}>
          {editing ? "Save place" : "Add place"}
        </button>
      </fieldset>
    </form>
  );
}
