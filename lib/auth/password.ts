import "server-only";
// argon2id, memory-hard (19 MiB, 2 passes: OWASP's recommended minimum), through @node-rs/argon2's
// prebuilt binding: no compiler needed at install.
import { hash, verify } from "@node-rs/argon2";

export const PASSWORD_MIN = 12;

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

/** A hash to verify against when the account does not exist, so both cases take as long. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword("not-a-real-password-for-timing");
  return dummy;
}
