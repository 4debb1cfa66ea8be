import type { Highlighted } from "@/lib/entries/highlight";

const WHY = { spelling: "close spelling of", synonym: "same meaning as", script: "same name as", joined: "same as" } as const;

/**
 * Text with the search's matches marked; plain text when there is no highlight. A word the query
 * was widened to is marked differently (dotted underline) and says why, also to screen readers.
 */
export function HighlightedText({ text, parts }: { text: string; parts?: Highlighted }) {
  if (!parts) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        part.match && part.why ? (
          <mark
            key={i}
            data-why={part.why}
            title={`${WHY[part.why]} “${part.from}”`}
            className="rounded-sm bg-sky-100 px-0.5 text-inherit underline decoration-dotted underline-offset-2 dark:bg-sky-500/30"
          >
            {part.text}
            <span className="sr-only"> ({WHY[part.why]} “{part.from}”)</span>
          </mark>
        ) : part.match ? (
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
