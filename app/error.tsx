"use client";
// What a reader sees when a page fails on the server instead of Next's bare "Application error".
// The cause stays in the server's log (production hides it from the browser); the most common one
// is the database being away for a few seconds (a restart, a failover), which a reload outlasts.
export default function PageError() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold tracking-tight">This page could not be loaded just now</h1>
      <p className="mt-2">
        The record could not be read. This usually passes within seconds, for example while its database restarts: reload the page in a moment.
        If it keeps failing, tell the editors, with the address of this page and the time.
      </p>
      <p className="mt-4 flex gap-4">
        {/* An empty href is this very address: the reload works without JavaScript. */}
        <a href="" className="link">
          Reload this page
        </a>
        <a href="/" className="link">
          Overview
        </a>
      </p>
    </div>
  );
}
