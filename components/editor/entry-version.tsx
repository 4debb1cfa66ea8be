"use client";
// The version an entry's editing page works from. After an edit conflict the form moves on to the
// current version without reloading (so nothing typed is lost); the header and the decision buttons
// follow it through this small store.
import { useSyncExternalStore } from "react";

const versions = new Map<string, number>();
const listeners = new Set<() => void>();

export function setEntryVersion(entryId: string, version: number) {
  versions.set(entryId, version);
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener));

/** The newest version this page knows of: the server's, or the one the form moved on to. */
export function useEntryVersion(entryId: string, initial: number): number {
  return useSyncExternalStore(
    subscribe,
    () => Math.max(initial, versions.get(entryId) ?? 0),
    () => initial,
  );
}

/** "version 4" in the editing page's header. */
export function EntryVersion({ entryId, initial }: { entryId: string; initial: number }) {
  const version = useEntryVersion(entryId, initial);
  return <span data-testid="entry-version">version {version}</span>;
}
