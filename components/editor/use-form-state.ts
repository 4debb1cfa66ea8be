"use client";
import { useState } from "react";
import type { z } from "zod";
import { checkInput, mutate, type FieldErrors } from "./mutate";
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
  /**
   * Checks the input with the server's own schema, sends the mutation, and on either failure shows
   * why, with field errors renamed to the form's own field names where they differ (`fields`).
   * Returns what the server answered and what was sent, or null after a failure.
   */
  const send = async <S extends z.ZodType, T = unknown>(
    mutation: string,
    schema: S,
    input: unknown,
    { invalid = "Check the fields marked in red.", fields = {} }: { invalid?: string; fields?: Record<string, string> } = {},
  ): Promise<{ data: T; sent: z.infer<S> } | null> => {
    const rename = (e: FieldErrors) => Object.fromEntries(Object.entries(e).map(([key, text]) => [fields[key] ?? key, text]));
    const checked = checkInput(schema, input);
    if (!checked.ok) return (fail(rename(checked.fieldErrors), invalid), null);
    const result = await mutate<T>(mutation, checked.data);
    if (!result.ok) return (fail(rename(result.fieldErrors), result.message), null);
    return { data: result.data, sent: checked.data };
  };
  return { hydrated, errors, setErrors, message, setMessage, fail, succeed, send };
}
