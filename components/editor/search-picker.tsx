"use client";
import { useEffect, useId, useState } from "react";
import { inputClass } from "./fields";

/**
 * A search box whose results are buttons: type part of a name, then Tab to a result and press
 * Enter. Used for actors (any spelling) and sources.
 */
export function SearchPicker<T extends { id: string }>({
  label,
  url,
  describe,
  onPick,
  footer,
  inputId,
  invalid,
  describedById,
}: {
  label: string;
  url: string;
  describe: (item: T) => string;
  onPick: (item: T) => void;
  footer?: (query: string) => React.ReactNode;
  inputId?: string;
  invalid?: boolean;
  describedById?: string;
}) {
  const generated = useId();
  const id = inputId ?? generated;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<T[]>([]);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults([]);
      setSearched(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const json = (await response.json()) as { data?: T[] };
        setResults(json.data ?? []);
        setSearched(true);
      } catch {
        // aborted by the next keystroke
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, url]);

  return (
    <div className="mt-2">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
        className={inputClass}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedById}
      />
      <div aria-live="polite" className="text-sm">
        {searched && results.length === 0 && <p className="mt-1 text-slate-600 dark:text-slate-400">Nothing found for “{query}”.</p>}
        {results.length > 0 && (
          <ul className="mt-1 flex flex-col gap-1" aria-label={`${label}: results`}>
            {results.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="w-full rounded border border-slate-200 px-2 py-1 text-left hover:bg-sky-50 dark:border-slate-700 dark:hover:bg-slate-800"
                  onClick={() => {
                    onPick(item);
                    setQuery("");
                    setResults([]);
                    setSearched(false);
                  }}
                >
                  {describe(item)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {footer?.(query)}
    </div>
  );
}
