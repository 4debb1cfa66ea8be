import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryDetailView } from "@/components/entries/detail/entry-detail";
import { getEntryDetail, type EntryDetail } from "@/lib/entries/detail";
import { requestOrigin } from "@/lib/site/origin";
import { safeRouteParam } from "@/lib/validation/text";
import { currentUser } from "@/lib/auth/current-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import { canEditEntry } from "@/lib/entries/decisions";

type Viewer = { userId: string; role: Role } | null;

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]): Promise<{ entry: EntryDetail; viewer: Viewer }> {
  const slug = safeRouteParam((await params).slug);
  const user = await currentUser();
  const viewer = user ? { userId: user.id, role: user.role } : null;
  const entry = slug ? await getEntryDetail(slug, viewer?.userId, !!viewer && hasRole(viewer.role, "editor")) : null;
  if (!entry) notFound();
  return { entry, viewer };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entry } = await load(params);
  const description = entry.summary.length > 200 ? `${entry.summary.slice(0, 197)}…` : entry.summary;
  return {
    title: entry.title,
    description,
    // Absolute, as search engines expect of a canonical link: the address the reader reached.
    alternates: { canonical: `${await requestOrigin()}/entries/${entry.slug}` },
    openGraph: { title: entry.title, description, type: "article" },
    ...(entry.editorial.state === "published" && !entry.editorial.deleted ? {} : { robots: { index: false } }),
  };
}

export default async function EntryPage({ params }: Props) {
  const { entry, viewer } = await load(params);
  const permalink = `${await requestOrigin()}/entries/${entry.slug}`;
  const canEdit = !!viewer && canEditEntry({ state: entry.editorial.state, deleted: entry.editorial.deleted, createdById: entry.editorial.createdById }, viewer);
  const own = !!viewer && entry.editorial.createdById === viewer.userId;
  return <EntryDetailView entry={entry} permalink={permalink} editLink={canEdit || own ? `/entries/${entry.slug}/edit` : null} />;
}
