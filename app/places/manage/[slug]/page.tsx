import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PlaceForm } from "@/components/places/place-form";
import { requireUser } from "@/lib/auth/current-user";
import { placeForEditing } from "@/lib/places/manage-queries";

export const metadata: Metadata = { title: "Correct a place" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };
const slugParam = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(200);

export default async function EditPlacePage({ params }: Props) {
  const parsed = slugParam.safeParse((await params).slug);
  await requireUser(`/places/manage/${parsed.success ? parsed.data : ""}`, "editor");
  const found = parsed.success ? await placeForEditing(parsed.data) : null;
  if (!found) notFound();
  const { place, candidates } = found;
  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/places/manage" className="link">
          Places
        </Link>
        <span aria-hidden> / </span>
        <Link href={`/places/${place.slug}`} className="link">
          {place.name}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight">Correct {place.name}</h1>
      <PlaceForm
        place={{
          id: place.id,
          slug: place.slug,
          version: place.version,
          name: place.name,
          kind: place.kind,
          country: place.country,
          latitude: place.latitude,
          longitude: place.longitude,
          coordinateSource: place.coordinateSource,
          geonameId: place.geonameId,
          spellings: place.spellings,
        }}
        candidates={candidates}
      />
    </>
  );
}
