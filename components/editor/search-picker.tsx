"use client";
import { useEffect, useId, useState } from "react";
import { useCombobox } from "@/components/ui/use-combobox";
import { inputClass } from "./fields";

/**
 * A search box with suggestions, as an ARIA combobox: type part of a name, Up/Down to move, Enter
 * to pick (the first suggestion is active), Escape to close. Focus stays in the box after a pick,
 * ready for the next one. Used for actors (any spelling) and sources.
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
  footer?: (query: string, picker: { clear: () => void; nothingFound: boolean }) => React.ReactNode;
  inputId?: string;
  invalid?: boolean;
  describedById?: string;
}) {
  const generated = useId();
  const id = inputId ?? generated;
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<T[]>([]);
  const [searched, setSearched] = useState(false);
  const clear = () => {
    setQuery("");
    setResults([]);
    setSearched(false);
  };
  const combobox = useCombobox({ items: results, onPick: (item: T) => (onPick(item), clear()), autoSelectFirst: true });

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
        type="text"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        {...combobox.inputProps}
        onKeyDown={(e) => {
          combobox.inputProps.onKeyDown(e);
          // Enter in a search box never submits the entry form.
          if (e.key === "Enter") e.preventDefault();
        }}
        className={inputClass}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedById}
      />
      <div aria-live="polite" className="text-sm">
        {searched && results.length === 0 && <p className="mt-1 text-slate-600 dark:text-slate-400">Nothing found for “{query}”.</p>}
        {results.length > 0 && !combobox.expanded && <p className="sr-only">{results.length} suggestions hidden; press Down to show them.</p>}
      </div>
      {combobox.expanded && (
        <ul {...combobox.listProps} aria-label={`${label}: suggestions`} className="mt-1 flex flex-col gap-1">
          {results.map((item, i) => (
            <li
              key={item.id}
              {...combobox.optionProps(i)}
              className={`cursor-pointer rounded border px-2 py-1 text-left ${i === combobox.active ? "border-sky-600 bg-sky-50 dark:border-sky-500 dark:bg-slate-800" : "border-slate-200 dark:border-slate-700"}`}
            >
              {describe(item)}
            </li>
          ))}
        </ul>
      )}
      {footer?.(query, { clear, nothingFound: searched && results.length === 0 })}
    </div>
  );
}
