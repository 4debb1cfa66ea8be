"use client";
import { useEffect, useState } from "react";

type Similar = { id: string; slug: string; title: string; state: string; why: string[] };

/** Entries that may be the same fact, shown while the analyst types (before they save). */
export function SimilarEntries({ title, start, actorIds }: { title: string; start: string | null; actorIds: string[] }) {
  const [similar, setSimilar] = useState<Similar[]>([]);
  const key = JSON.stringify([title.trim(), start, actorIds]);
  useEffect(() => {
    const [t, s, ids] = JSON.parse(key) as [string, string | null, string[]];
    if (t.length < 8 && !(s && ids.length)) {
      setSimilar([]);
      return;
    }
    const params = new URLSearchParams({ title: t });
    if (s && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) params.set("start", s);
    ids.forEach((id) => params.append("actorId", id));
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/editor/find/similar?${params}`, { signal: controller.signal });
        if (response.ok) setSimilar(((await response.json()) as { data: Similar[] }).data);
      } catch {
        // superseded by the next change
      }
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return (
    <div aria-live="polite">
      {similar.length > 0 && (
        <section aria-labelledby="similar-heading" className="mt-4 rounded border border-sky-300 bg-sky-50 p-3 dark:border-sky-800 dark:bg-sky-950">
          <h2 id="similar-heading" className="font-semibold">
            Already in the record? {similar.length === 1 ? "This entry looks" : "These entries look"} similar
          </h2>
          <ul className="mt-1 text-sm">
            {similar.map((s) => (
              <li key={s.id} className="mt-1">
                <a className="underline" href={`/entries/${s.slug}/edit`} target="_blank" rel="noopener">
                  {s.title}
                </a>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  ({s.state.replace("_", " ")}; {s.why.join(", ")})
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-sm">If it is the same fact, add your source to that entry instead.</p>
        </section>
      )}
    </div>
  );
}
