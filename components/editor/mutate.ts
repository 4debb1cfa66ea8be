// The browser side of POST /api/editor/<mutation>: one call shape for every form.
import type { z } from "zod";

export type FieldErrors = Record<string, string>;
export type MutationResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; message: string; fieldErrors: FieldErrors; details?: unknown };

/** Zod issues → { "citations.0.sourceId": "message" }, first message per field. */
export function issuesToFieldErrors(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Checks the input with the same schema the server uses, before sending anything. */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.infer<S> } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: issuesToFieldErrors(parsed.error.issues) };
}

export async function mutate<T = unknown>(name: string, body: unknown): Promise<MutationResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api/editor/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, message: "Could not reach the server. Check your connection and try again; nothing was lost from this page.", fieldErrors: {} };
  }
  const json = (await response.json().catch(() => ({}))) as { data?: T; error?: { message: string; issues?: { path: PropertyKey[]; message: string }[]; details?: unknown } };
  if (response.ok) return { ok: true, data: json.data as T };
  return {
    ok: false,
    status: response.status,
    message: json.error?.message ?? "Something went wrong; try again.",
    fieldErrors: issuesToFieldErrors(json.error?.issues ?? []),
    details: json.error?.details,
  };
}
