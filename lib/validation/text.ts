// The one text type at every boundary: route parameters, query strings, JSON bodies, imported CSV
// and JSON, and headers used as input. PostgreSQL cannot store a NUL byte in text (it fails with
// 22021 "invalid byte sequence") and a lone UTF-16 surrogate is not a character at all (it would
// be stored silently as U+FFFD), so both are refused here, with a 400 that names the field, before
// they reach the database. In a URL, a bad percent-encoded UTF-8 sequence (%ED%A0%80, %C0%AF…)
// decodes to U+FFFD: nobody types that character in an address, so URL text refuses it too.
import { z } from "zod";

const NUL = /\u0000/;
// With the u flag a surrogate class matches only surrogates that are not part of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const REPLACEMENT = /\uFFFD/;

/** What is wrong with a piece of text from outside, or null when it may go on. */
export function textProblem(value: string, { url = false } = {}): string | null {
  if (NUL.test(value)) return "contains a NUL byte (\\u0000), which text cannot hold: remove it";
  if (LONE_SURROGATE.test(value)) return "contains a lone UTF-16 surrogate, which is not a character: send valid Unicode text";
  if (url && REPLACEMENT.test(value)) return "is not valid UTF-8 once percent-decoded: percent-encode the UTF-8 bytes of real characters";
  return null;
}

const refuseBadText = (url: boolean) => (value: string, ctx: z.RefinementCtx) => {
  const problem = textProblem(value, { url });
  if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
};

/** Text from a JSON body, a form, an imported file or a header: a Zod string that refuses NUL bytes and lone surrogates. */
export const text = () => z.string().superRefine(refuseBadText(false));

/** Text from a URL (a path segment or a query parameter): also refuses what bad percent-encoding decodes to. */
export const urlText = () => z.string().superRefine(refuseBadText(true));

/** A path segment naming a record (an id or a slug). */
export const recordParam = () => urlText().min(1).max(200, "an id or permalink is at most 200 characters");

/**
 * Parses one route parameter so that a refusal names it (`id: contains a NUL byte…`), with the
 * parameter as Next decoded it. Throws a ZodError, which the API answers with 400.
 */
export function parseRouteParam<T extends z.ZodType>(name: string, value: unknown, schema: T): z.output<T> {
  return z.object({ [name]: schema }).parse({ [name]: value })[name] as z.output<T>;
}

/**
 * The same check for a page: the parameter, or null (the page then answers not found). A value
 * still percent-encoded is decoded once; one that does not decode is refused, never thrown.
 */
export function safeRouteParam(value: unknown, schema: z.ZodType<string> = recordParam()): string | null {
  let decoded = value;
  if (typeof value === "string" && value.includes("%")) {
    try {
      decoded = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  const parsed = schema.safeParse(decoded);
  return parsed.success ? parsed.data : null;
}

/**
 * Every string in a parsed JSON value that text cannot hold, with its path: the safety net for
 * bodies read before a schema sees them (an import's rows, a restore), so that the refusal still
 * names the field.
 */
export function badTextIn(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; message: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path, message: problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = badTextIn(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = textProblem(key);
      if (keyProblem) return { path: [...path, key], message: `the field name ${keyProblem}` };
      const found = badTextIn(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The first segment of a URL path (as sent, still percent-encoded) that is not text: a bad
 * percent-encoded UTF-8 sequence, or one that decodes to a NUL byte. Next.js decodes route
 * parameters before any handler runs and answers a bad sequence with a bare 500, so the proxy
 * refuses these first.
 */
export function badPathSegment(pathname: string): { segment: string; message: string } | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) {
      const problem = textProblem(segment, { url: true });
      if (problem) return { segment, message: problem };
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { segment, message: "is not valid UTF-8 once percent-decoded: percent-encode the UTF-8 bytes of real characters" };
    }
    const problem = textProblem(decoded, { url: true });
    if (problem) return { segment, message: problem };
  }
  return null;
}
