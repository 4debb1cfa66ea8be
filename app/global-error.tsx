"use client";
// The same message as app/error.tsx for a failure in the root layout itself (the header reads the
// signed-in account, which needs the database), with the page's own html and body.
import "./globals.css";

export default function GlobalError() {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main id="main" className="mx-auto max-w-xl px-4 py-6">
          <h1 className="text-2xl font-bold tracking-tight">This page could not be loaded just now</h1>
          <p className="mt-2">
            The record could not be read. This usually passes within seconds, for example while its database restarts: reload the page in a moment.
            If it keeps failing, tell the editors, with the address of this page and the time.
          </p>
          <p className="mt-4">
            <a href="" className="link">
              Reload this page
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
