"use client";
import { useEffect, useState } from "react";

/**
 * False until the form's script runs. Forms keep their fields disabled until then: text typed into
 * a server-rendered field before hydration would not reach the form's state and be silently lost,
 * and a submit would bypass the client checks.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
