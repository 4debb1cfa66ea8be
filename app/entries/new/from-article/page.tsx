import type { Metadata } from "next";
import { FromArticle } from "@/components/extract/from-article";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Log entries from an article" };
export const dynamic = "force-dynamic";

export default async function FromArticlePage() {
  await requireUser("/entries/new/from-article");
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Log entries from an article</h1>
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        Paste a news article or upload it; each event, agreement or statement it reports is proposed as a card, with the sentences it comes from and why. Accept a card to open
        the entry form filled in; saving it makes your draft. Nothing is saved before you accept.
      </p>
      <FromArticle />
    </>
  );
}
