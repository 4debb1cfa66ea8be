import "server-only";
// argon2id, memory-hard (19 MiB, 2 passes: OWASP's recommended minimum), through @node-rs/argon2's
// prebuilt binding: no compiler needed at install.
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
