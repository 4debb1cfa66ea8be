import { z } from "zod";

// Validated once, on first use, so a misconfigured deployment fails with a message that says what to fix.
const env = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set: start the app with `npm start`, which provides one, or set it to a PostgreSQL URL." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
});

export function databaseUrl(): string {
  const parsed = env.safeParse(process.env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data.DATABASE_URL;
}
