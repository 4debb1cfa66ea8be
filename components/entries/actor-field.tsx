"use client";
// The actor filter: a plain text input (any spelling works without JavaScript, the server resolves
// it) whose browser-native suggestion list is refreshed from /api/v1/actors as the reader types.
import { useEffect, useRef, useState } from "react";

type Suggestion = { slug: string; name: string; matched: string };

export function ActorField({ defaultValue, initial }: { defaultValue?: string; initial: Suggestion[] }) {
  const [suggestions, setSuggestions] = useState(initial);
  const [typed, setTyped] = useState(defaultValue ?? "");
  const latest = useRef(0);

  useEffect(() => {
    const text = typed.trim();
    if (text.length < 2) return;
    const request = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/actors?q=${encodeURIComponent(text)}`);
        if (!response.ok || request !== latest.current) return;
        const body = (await response.json()) as { data: Suggestion[] };
        setSuggestions(body.data);
      } catch {
        // Suggestions are a convenience: the filter still works with whatever was typed.
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [typed]);

  return (
    <>
      <input
        id="actor"
        name="actor"
        type="text"
        list="actor-suggestions"
        autoComplete="off"
        defaultValue={defaultValue}
        onChange={(event) => setTyped(event.target.value)}
        aria-describedby="actor-hint"
        className="field mt-1 w-full"
      />
      <datalist id="actor-suggestions">
        {suggestions.map((s) => (
          <option key={`${s.slug}:${s.matched}`} value={s.matched}>
            {s.matched === s.name ? undefined : s.name}
          </option>
        ))}
      </datalist>
    </>
  );
}
