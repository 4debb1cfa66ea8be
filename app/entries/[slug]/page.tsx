import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryDetailView } from "@/components/entries/detail/entry-detail";
import { getEntryDetail, type EntryDetail } from "@/lib/entries/detail";
import { requestOrigin } from "@/lib/site/origin";
import { safeRouteParam } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]): Promise<EntryDetail> {
  const slug = safeRouteParam((await params).slug);
  const entry = slug ? await getEntryDetail(slug) : null;
  if (!entry) notFound();
  return entry;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load(params);
  const description = entry.summary.length > 200 ? `${entry.summary.slice(0, 197)}…` : entry.summary;
  return {
    title: entry.title,
    description,
    alternates: { canonical: `/entries/${entry.slug}` },
    openGraph: { title: entry.title, description, type: "article" },
  };
}

export default async function EntryPage({ params }: Props) {
  const entry = await load(params);
  const permalink = `${await requestOrigin()}/entries/${entry.slug}`;
  return <EntryDetailView entry={entry} permalink={permalink} />;
}
