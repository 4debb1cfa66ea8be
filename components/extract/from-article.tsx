"use client";
// /entries/new/from-article: paste an article (or upload a .txt or saved .html page), confirm its
// source, review the proposed entries. Accepting a card opens the usual entry form filled in;
// saving it makes a draft as on /entries/new. Nothing is saved before the analyst accepts.
import { useRef, useState } from "react";
import { EntryForm } from "@/components/editor/entry-form";
import { Field, FormStatus, buttonClass, inputClass } from "@/components/editor/fields";
import { mutate } from "@/components/editor/mutate";
import { useHydrated } from "@/components/editor/use-hydrated";
import type { EntryFields } from "@/lib/entries/input";
import type { AcceptProposalInput } from "@/lib/extract/accept-input";
import type { Review, ReviewedProposal } from "@/lib/extract/review";
import { MAX_ARTICLE_CHARS } from "@/lib/extract/schemas";
import type { EntrySnapshot } from "@/lib/revisions/types";
import { ProposalCard, type CardChoice } from "./proposal-card";

type Source = { id: string | null; title: string; publisher: string | null; url: string | null; publishedAt: string | null; existingTitle: string | null };
type Accepted = { proposalId: string; fields: EntryFields; names: { actors: Record<string, string>; sources: Record<string, string> } };

export function FromArticle() {
  const hydrated = useHydrated();
  const [review, setReview] = useState<Review | null>(null);
  const [source, setSource] = useState<Source | null>(null);
  const [status, setStatus] = useState<Record<string, "open" | "rejected" | "saved">>({});
  const [saved, setSaved] = useState<Record<string, string>>({});
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [message, setMessage] = useState<{ text: string; tone: "ok" | "error" } | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function extract(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get("text") ?? "");
    const file = data.get("file");
    const hasFile = file instanceof File && file.size > 0;
    if (!hasFile && !text.trim()) return setMessage({ text: "Paste the article's text, or choose a .txt or .html file.", tone: "error" });
    if (!hasFile && text.length > MAX_ARTICLE_CHARS)
      return setMessage({ text: `That is ${text.length.toLocaleString("en")} characters; one article is at most ${MAX_ARTICLE_CHARS.toLocaleString("en")}. Paste the article alone.`, tone: "error" });
    if (hasFile) data.delete("text");
    setBusy(true);
    setMessage({ text: "Reading the article…", tone: "ok" });
    try {
      const response = await fetch("/api/editor/extract", { method: "POST", body: data });
      const json = (await response.json().catch(() => ({}))) as { data?: { review: Review; source: Source }; error?: { message: string } };
      if (!response.ok || !json.data) return setMessage({ text: json.error?.message ?? "The article could not be read; try again.", tone: "error" });
      setReview(json.data.review);
      setSource(json.data.source);
      setStatus({});
      setSaved({});
      setAccepted(null);
      const n = json.data.review.proposals.length;
      setMessage({ text: n ? `${n} proposed ${n === 1 ? "entry" : "entries"}: accept, edit or reject each.` : json.data.review.notices.join(" "), tone: n ? "ok" : "error" });
    } catch {
      setMessage({ text: "Could not reach the server. Check your connection and try again.", tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  const sourceInput = () => ({ id: source!.id, title: source!.title, publisher: source!.publisher || null, url: source!.url || null, publishedAt: source!.publishedAt || null });

  async function accept(p: ReviewedProposal, choice: CardChoice) {
    const body: AcceptProposalInput = {
      source: sourceInput(),
      proposal: {
        kind: choice.kind,
        title: choice.title,
        summary: p.summary.slice(0, 5000),
        date: { start: p.date.start, end: p.date.end },
        sectors: p.sectors,
        places: p.places.slice(0, 20),
        passage: p.passage.slice(0, 5000),
        actors: p.actors.map((a) => ({ name: a.name, role: a.role, kind: a.kind, country: a.country, title: a.title, matchId: a.match?.id ?? null, create: choice.create[a.name] ?? false })),
        agreement: choice.kind === "agreement" ? (p.agreement ?? { status: "signed", durationYears: null, figures: [], steps: [] }) : null,
        statement: choice.kind === "statement" ? (p.statement ?? { speaker: "", quote: p.passage.slice(0, 5000), verbatim: false, language: "en" }) : null,
      },
    };
    setBusy(true);
    const result = await mutate<Accepted & { source: { id: string; title: string } }>("extract.accept", body);
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.message, tone: "error" });
    setSource({ ...source!, id: result.data.source.id, existingTitle: result.data.source.title });
    setAccepted({ proposalId: p.id, fields: result.data.fields, names: result.data.names });
    setMessage({ text: `The entry form below is filled in from “${choice.title}”. Check it and save the draft.`, tone: "ok" });
    setTimeout(() => document.getElementById("accepted-form")?.scrollIntoView({ block: "start" }), 0);
  }

  async function addStep(p: ReviewedProposal) {
    const offer = p.stepOffer!;
    setBusy(true);
    const result = await mutate<EntrySnapshot>("extract.add-step", { source: sourceInput(), entryId: offer.entry.id, version: offer.entry.version, step: offer.step, passage: p.passage.slice(0, 5000) });
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.message, tone: "error" });
    setStatus((s) => ({ ...s, [p.id]: "saved" }));
    setSaved((s) => ({ ...s, [p.id]: result.data.slug }));
    setMessage({ text: `Added the ${offer.step.status.replace("_", " ")} step to “${offer.entry.title}”.`, tone: "ok" });
  }

  function onSaved(proposalId: string, snapshot: EntrySnapshot) {
    setStatus((s) => ({ ...s, [proposalId]: "saved" }));
    setSaved((s) => ({ ...s, [proposalId]: snapshot.slug }));
    setAccepted(null);
    setMessage({ text: `Saved “${snapshot.title}” as your draft. Accept another card, or submit your drafts for review from /review.`, tone: "ok" });
    setTimeout(() => document.getElementById(`card-${proposalId}-title`)?.scrollIntoView({ block: "center" }), 0);
  }

  return (
    <>
      <noscript>
        <p className="mt-4">This page needs JavaScript to show the proposals. Without it, log entries one by one at /entries/new.</p>
      </noscript>
      <form ref={formRef} onSubmit={extract} aria-label="Article" className="mt-4">
        <fieldset disabled={!hydrated || busy} className="contents">
          <Field id="article-text" label="The article's text" hint={`Paste it here (at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters), or upload a file below.`}>
            <textarea id="article-text" name="text" rows={10} className={inputClass} aria-describedby="article-text-hint" />
          </Field>
          <Field id="article-file" label="Or upload a .txt file or a saved .html page">
            <input id="article-file" name="file" type="file" accept=".txt,.html,.htm,text/plain,text/html" className="mt-1 block text-sm file:mr-3 file:cursor-pointer file:rounded file:border file:border-slate-300 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-900 hover:file:bg-slate-200 dark:file:border-slate-600 dark:file:bg-slate-800 dark:file:text-slate-100" />
          </Field>
          <div className="grid gap-x-3 sm:grid-cols-2">
            <Field id="article-title" label="Title (found in the article when left empty)">
              <input id="article-title" name="title" className={inputClass} maxLength={300} />
            </Field>
            <Field id="article-publisher" label="Publisher">
              <input id="article-publisher" name="publisher" className={inputClass} maxLength={200} />
            </Field>
            <Field id="article-url" label="Web address">
              <input id="article-url" name="url" type="url" className={inputClass} maxLength={2000} placeholder="https://" />
            </Field>
            <Field id="article-date" label="Publication date (YYYY-MM-DD; found in the article when left empty)">
              <input id="article-date" name="publishedAt" className={inputClass} placeholder="YYYY-MM-DD" maxLength={10} inputMode="numeric" />
            </Field>
          </div>
          <button type="submit" className={`${buttonClass} mt-4`}>
            {busy ? "Working…" : "Propose entries"}
          </button>
        </fieldset>
      </form>
      <FormStatus message={message?.text ?? null} tone={message?.tone} />

      {review && source && (
        <section aria-labelledby="proposals-heading" className="mt-6">
          <h2 id="proposals-heading" className="text-xl font-semibold">
            Proposed entries
          </h2>
          <div className="mt-2 rounded border border-slate-200 p-3 text-sm dark:border-slate-700">
            <p className="font-medium">Source</p>
            <p>
              {source.existingTitle ? (
                <>Already in the record as “{source.existingTitle}”: accepted cards will cite it.</>
              ) : (
                <>Added to the record as a new source when you accept a card:</>
              )}
            </p>
            {!source.existingTitle && (
              <div className="grid gap-x-3 sm:grid-cols-2">
                <Field id="source-title" label="Source title">
                  <input id="source-title" className={inputClass} value={source.title} maxLength={300} onChange={(e) => setSource({ ...source, title: e.target.value })} />
                </Field>
                <Field id="source-publisher" label="Source publisher">
                  <input id="source-publisher" className={inputClass} value={source.publisher ?? ""} maxLength={200} onChange={(e) => setSource({ ...source, publisher: e.target.value })} />
                </Field>
                <Field id="source-url" label="Source web address">
                  <input id="source-url" className={inputClass} value={source.url ?? ""} maxLength={2000} onChange={(e) => setSource({ ...source, url: e.target.value })} />
                </Field>
                <Field id="source-date" label="Source publication date (YYYY-MM-DD)">
                  <input id="source-date" className={inputClass} value={source.publishedAt ?? ""} maxLength={10} onChange={(e) => setSource({ ...source, publishedAt: e.target.value })} />
                </Field>
              </div>
            )}
            <p className="mt-2 text-slate-600 dark:text-slate-400">
              {review.words.toLocaleString("en")} words.{" "}
              {review.referenceDate
                ? `Relative dates (“on Tuesday”, “earlier this month”) are read against ${review.referenceDate.day}${review.referenceDate.from === "article" ? ", the latest full date in the article (give the publication date above to change it)" : ", the publication date"}.`
                : "No publication date: relative dates are left undated."}
            </p>
            {review.notices.map((n) => (
              <p key={n} className="mt-1 font-medium">
                {n}
              </p>
            ))}
          </div>
          <ol className="mt-4 flex flex-col gap-4">
            {review.proposals.map((p) => (
              <ProposalCard
                key={p.id}
                proposal={p}
                status={status[p.id] ?? "open"}
                savedSlug={saved[p.id]}
                busy={busy || (accepted !== null && accepted.proposalId !== p.id)}
                onAccept={(choice) => accept(p, choice)}
                onReject={() => setStatus((s) => ({ ...s, [p.id]: "rejected" }))}
                onUndo={() => setStatus((s) => ({ ...s, [p.id]: "open" }))}
                onAddStep={() => addStep(p)}
              />
            ))}
          </ol>
        </section>
      )}

      {accepted && (
        <section id="accepted-form" aria-labelledby="accepted-heading" className="mt-8 rounded border-2 border-sky-600 p-3">
          <h2 id="accepted-heading" className="text-xl font-semibold">
            New entry from the article
          </h2>
          <button type="button" className="mt-1 text-sm underline" onClick={() => setAccepted(null)}>
            Close the form without saving
          </button>
          <EntryForm key={accepted.proposalId} prefill={accepted.fields} names={accepted.names} onSaved={(s) => onSaved(accepted.proposalId, s)} />
        </section>
      )}
    </>
  );
}
