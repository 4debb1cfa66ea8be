import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { PlaceForm } from "@/components/places/place-form";
import { requireUser } from "@/lib/auth/current-user";
import { listPlaces, unlocatedPlaces } from "@/lib/places/manage-queries";

export const metadata: Metadata = { title: "Places" };
export const dynamic = "force-dynamic";

export default async function ManagePlacesPage() {
  await requireUser("/places/manage", "editor");
  const [places, unlocated] = await Promise.all([listPlaces(), unlocatedPlaces()]);
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Places</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Cities take their coordinates from the bundled GeoNames gazetteer; sites, seas, regions and countries, and anything the gazetteer lacks, are
        placed by hand. A name an entry gives that no place has becomes a new place: when the gazetteer does not know it, it waits here to be located.
      </p>

      <section aria-labelledby="unlocated-heading" className="mt-6">
        <h2 id="unlocated-heading" className="text-lg font-semibold">
          Not yet located
        </h2>
        {unlocated.length === 0 ? (
          <p className="mt-2 text-sm">Every place has coordinates.</p>
        ) : (
          <ul className="mt-2 list-inside list-disc text-sm" data-testid="unlocated-places">
            {unlocated.map((p) => (
              <li key={p.id}>
                <Link className="link" href={`/places/manage/${p.slug}`}>
                  {p.name}
                </Link>{" "}
                · named by {p._count.entries} {p._count.entries === 1 ? "entry" : "entries"}; left off the map until located
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="places-heading" className="mt-8">
        <h2 id="places-heading" className="text-lg font-semibold">
          All places
        </h2>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">Places</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">Name</th>
                <th scope="col" className="py-1 pr-2">Kind</th>
                <th scope="col" className="py-1 pr-2">Country</th>
                <th scope="col" className="py-1 pr-2">Coordinates</th>
                <th scope="col" className="py-1 pr-2">Spellings</th>
                <th scope="col" className="py-1">Entries</th>
              </tr>
            </thead>
            <tbody>
              {places.map((p) => (
                <tr key={p.id} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="py-1 pr-2">
                    <Link className="link" href={`/places/manage/${p.slug}`}>
                      {p.name}
                    </Link>
                  </td>
                  <td className="py-1 pr-2">{p.kind}</td>
                  <td className="py-1 pr-2">{p.country ?? "—"}</td>
                  <td className="py-1 pr-2 tabular-nums">
                    {p.latitude !== null && p.longitude !== null ? `${p.latitude.toFixed(2)}, ${p.longitude.toFixed(2)} (${p.coordinateSource === "gazetteer" ? "gazetteer" : "by hand"})` : "not yet located"}
                  </td>
                  <td className="py-1 pr-2 tabular-nums">{p._count.names}</td>
                  <td className="py-1 tabular-nums">{p._count.entries}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="add-heading" className="mt-8">
        <h2 id="add-heading" className="text-lg font-semibold">
          Add a place
        </h2>
        <PlaceForm place={null} candidates={[]} />
      </section>
    </>
  );
}
