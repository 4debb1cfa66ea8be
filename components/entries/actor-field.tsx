"use client";
// The actor filter: a plain text input (any spelling works without JavaScript, the server resolves
// it, and the browser's own list suggests names) that, with JavaScript, suggests names from /api/v1/actors as the reader types, as an ARIA
// combobox: Down and Up move through the suggestions, Enter takes one, Escape closes the list;
// Enter with no suggestion chosen submits the filters as typed.
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/editor/use-hydrated";
import { useCombobox } from "@/components/ui/use-combobox";

type Suggestion = { slug: string; name: string; matched: string };

export function ActorField({ defaultValue }: { defaultValue?: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [typed, setTyped] = useState(defaultValue ?? "");
  const latest = useRef(0);
  const combobox = useCombobox({ items: suggestions, onPick: (s: Suggestion) => (setTyped(s.matched), setSuggestions([])) });
  const hydrated = useHydrated();

  useEffect(() => {
    const text = typed.trim();
    if (text.length < 2) return setSuggestions([]);
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/actors?q=${encodeURIComponent(text)}`);
        if (!response.ok || request !== latest.current) return;
        const body = (await response.json()) as { data: Suggestion[] };
        // The only suggestion being what is typed already is no suggestion.
        setSuggestions(body.data.length === 1 && body.data[0].matched === text ? [] : body.data);
      } catch {
        // Suggestions are a convenience: the filter still works with whatever was typed.
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [typed]);

  return (
    <div className="relative">
      <input
        id="actor"
        name="actor"
        type="text"
        autoComplete="off"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        // Without JavaScript the browser's own list (BrowseFilters, server-rendered) suggests names.
        list={hydrated ? undefined : "actor-suggestions"}
        {...(hydrated ? combobox.inputProps : {})}
        aria-describedby="actor-hint"
        className="field mt-1 w-full"
      />
      {combobox.expanded && (
        <ul
          {...combobox.listProps}
          aria-label="Suggested names"
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
