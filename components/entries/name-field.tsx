"use client";
// The actor and place filters: a plain text input (any spelling works without JavaScript, the server
// resolves it, and the browser's own list suggests names when the record has few) that, with
// JavaScript, suggests names from /api/v1/actors or /api/v1/places as the reader types, matched in
// any script by the record's one name matcher, as an ARIA combobox: Down and Up move through the
// suggestions, Enter takes one, Escape closes the list; Enter with no suggestion chosen submits the
// filters as typed.
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/editor/use-hydrated";
import { useCombobox } from "@/components/ui/use-combobox";

type Suggestion = { slug: string; name: string; matched: string };

const FIELDS = {
  actor: { source: "/api/v1/actors", list: "actor-suggestions", describedBy: "actor-hint", label: "Suggested names" },
  place: { source: "/api/v1/places", list: "place-suggestions", describedBy: "place-hint place-error", label: "Suggested places" },
} as const;

export function NameField({ field, defaultValue }: { field: keyof typeof FIELDS; defaultValue?: string }) {
  const { source, list, describedBy, label } = FIELDS[field];
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [typed, setTyped] = useState(defaultValue ?? "");
  const latest = useRef(0);
  // The name just taken from the list: no need to suggest it again.
  const picked = useRef<string | null>(null);
  const combobox = useCombobox({ items: suggestions, onPick: (s: Suggestion) => ((picked.current = s.matched), setTyped(s.matched), setSuggestions([])) });
  const hydrated = useHydrated();

  useEffect(() => {
    const text = typed.trim();
    if (text.length < 2 || text === picked.current) return setSuggestions([]);
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${source}?q=${encodeURIComponent(text)}`);
        if (!response.ok || request !== latest.current) return;
        const body = (await response.json()) as { data: Suggestion[] };
        // The only suggestion being what is typed already is no suggestion.
        setSuggestions(body.data.length === 1 && body.data[0].matched === text ? [] : body.data);
      } catch {
        // Suggestions are a convenience: the filter still works with whatever was typed.
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [typed, source]);

  return (
    <div className="relative">
      <input
        id={field}
        name={field}
        type="text"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        // Without JavaScript the browser's own list (BrowseFilters, server-rendered) suggests names.
        list={hydrated ? undefined : list}
        {...(hydrated ? combobox.inputProps : {})}
        aria-describedby={describedBy}
        className="field mt-1 w-full"
      />
      {combobox.expanded && (
        <ul
          {...combobox.listProps}
          aria-label={label}
          className="absolute z-10 mt-1 w-full rounded border border-slate-300 bg-white py-1 text-sm shadow dark:border-slate-600 dark:bg-slate-900"
        >
          {suggestions.map((s, i) => (
            <li
              key={`${s.slug}:${s.matched}`}
              {...combobox.optionProps(i)}
              className={`cursor-pointer px-2 py-1 ${i === combobox.active ? "bg-sky-100 dark:bg-slate-700" : ""}`}
            >
              {s.matched}
              {s.matched !== s.name && <span className="text-slate-600 dark:text-slate-400"> ({s.name})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
