import { z } from "zod";

/** Where to go after signing in: a path on this site only, never another site ("//evil.example"). */
export const nextPath = z
  .string()
  .regex(/^\/(?![/\\])[^\s]*$/)
  .max(500)
  .catch("/account");
