"use client";
// A link of the main navigation that says when the reader is in its part of the site: marked for
// screen readers (aria-current) and drawn darker, so "where am I" has an answer at the top of every page.
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

const className =
  "text-slate-600 hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 dark:text-slate-300 dark:aria-[current=page]:text-white";

/** `document`: a page served outside the app's router (the API reference), reached by a plain link. */
export function NavLink({ href, document = false, children }: { href: string; document?: boolean; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`) ? "page" : undefined;
  return document ? (
    <a href={href} aria-current={current} className={className}>
      {children}
    </a>
  ) : (
    <Link href={href} aria-current={current} className={className}>
      {children}
    </Link>
  );
}
