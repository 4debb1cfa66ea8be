"use client";
// Inside a <Link>: a small "loading" mark while the page it leads to is being rendered, so a slow
// page of results does not look like a dead click. Nothing without JavaScript (nothing is pending).
import { useLinkStatus } from "next/link";

export function LinkPending() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="ml-1 inline-block animate-pulse motion-reduce:animate-none">
      <span aria-hidden>…</span>
      <span className="sr-only">Loading</span>
    </span>
  ) : null;
}
