import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { AccountLink } from "@/components/accounts/account-link";
import { NavLink } from "@/components/ui/nav-link";
import { SECTOR_COLOUR_CSS } from "@/lib/sectors/sectors";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Iran–Russia cooperation record", template: "%s · Iran–Russia cooperation record" },
  description:
    "A curated, sourced record of cooperation between Iran and Russia: events, agreements and statements with their actors, sectors and honest dates.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <style>{SECTOR_COLOUR_CSS}</style>
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
          Skip to content
        </a>
        <header className="border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
            <Link href="/" className="font-semibold tracking-tight">
              Iran–Russia cooperation record
            </Link>
            <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <NavLink href="/entries">Browse</NavLink>
              <NavLink href="/timeline">Timeline</NavLink>
              <NavLink href="/map">Map</NavLink>
              <NavLink href="/docs/api" document>
                API
              </NavLink>
              <AccountLink />
            </nav>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-6 focus:outline-none">
          {children}
        </main>
      </body>
    </html>
  );
}
