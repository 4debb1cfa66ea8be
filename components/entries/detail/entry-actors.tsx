// Part of an entry's reading page (components/entries/detail/entry-detail.tsx).
import Link from "@/components/ui/link";
import type { EntryDetail } from "@/lib/entries/detail";
import { h2 } from "./format";

export function EntryActors({ actors }: { actors: EntryDetail["actors"] }) {
  if (actors.length === 0) return null;
  return (
    <section aria-labelledby="actors" className="mt-8">
      <h2 id="actors" className={h2}>
        Actors
      </h2>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2" data-testid="actors">
        {actors.map((a) => (
          <li key={`${a.slug}-${a.role}`} className="text-sm">
            <Link href={`/actors/${a.slug}`} className="link font-medium">
              {a.name}
            </Link>
            <span className="text-slate-600 dark:text-slate-400"> · {a.role}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
