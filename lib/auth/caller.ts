import type { Role } from "./roles";

/**
 * Who is making a change. Every write function in lib/ takes one and checks its role itself, so a
 * session-authenticated form, a token-authenticated API call and the command line go through the
 * same rules.
 */
export type Caller = {
  userId: string;
  email: string;
  role: Role;
  /** how they proved who they are */
  via: "session" | "token" | "cli";
  /** the client address, for the audit log */
  ip: string | null;
};

/** The command line acts as the machine's operator, with the rights of an admin. */
export function cliCaller(): Caller {
  return { userId: "", email: "command-line", role: "admin", via: "cli", ip: null };
}
