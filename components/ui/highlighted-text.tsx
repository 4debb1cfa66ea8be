import type { Highlighted } from "@/lib/entries/highlight";

/** Text with the search's matches marked; plain text when there is no highlight. */
export function HighlightedText({ text, parts }: { text: string; parts?: Highlighted }) {
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
