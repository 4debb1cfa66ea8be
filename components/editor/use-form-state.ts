"use client";
import { useState } from "react";
import type { FieldErrors } from "./mutate";
import { useHydrated } from "./use-hydrated";

export type FormMessage = { text: string; tone: "ok" | "error" };

/**
 * The state every editor form keeps: whether its script runs yet, the errors shown beside fields,
 * and the one status line. `fail` shows errors and their summary together, so a form never marks
 * fields red without saying why in the live region.
 */
export function useFormState() {
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<FormMessage | null>(null);
  const fail = (fieldErrors: FieldErrors, text: string) => {
    setErrors(fieldErrors);
    setMessage({ text, tone: "error" });
  };
  const succeed = (text: string) => {
    setErrors({});
    setMessage({ text, tone: "ok" });
  };
  return { hydrated, errors, setErrors, message, setMessage, fail, succeed };
}
