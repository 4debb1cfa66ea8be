import { diffWords } from "diff";

/** Word-level difference between two texts: removed words struck through, added ones underlined. */
export function TextDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <span className="whitespace-pre-line">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-900 dark:text-emerald-50">
            <span className="sr-only">added: </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-950 dark:bg-red-900 dark:text-red-50">
            <span className="sr-only">removed: </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </span>
  );
}
