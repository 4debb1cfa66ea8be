import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { EntryDetailView } from "@/components/entries/detail/entry-detail";
import { getEntryDetail, type EntryDetail } from "@/lib/entries/detail";
import { requestOrigin } from "@/lib/site/origin";

export const dynamic = "force-dynamic";

const slugParam = z.string().min(1).max(200);
type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]): Promise<EntryDetail> {
  const parsed = slugParam.safeParse(decodeURIComponent((await params).slug));
  const entry = parsed.success ? await getEntryDetail(parsed.data) : null;
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
