// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import Link from "@/components/ui/link";
import type { EntryDetail } from "@/lib/entries/detail";
import { KIND_LABEL } from "@/lib/sectors/sectors";
import { h2, partial } from "./format";

export function LinkedEntries({ links }: { links: EntryDetail["links"] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="linked" className="mt-8">
      <h2 id="linked" className={h2}>
        Linked entries
      </h2>
      <ul className="mt-2 space-y-1" data-testid="links">
        {links.map((l) => (
          <li key={`${l.relation}-${l.slug}`} className="text-sm">
            <span className="text-slate-600 dark:text-slate-400">{l.relation}: </span>
            <Link href={`/entries/${l.slug}`} className="link">
              {l.title}
            </Link>
            <span className="text-slate-600 dark:text-slate-400">
              {" "}
              ({KIND_LABEL[l.kind].toLowerCase()}, {partial(l.date)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
