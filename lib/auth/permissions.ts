import type { Caller } from "./caller";
import { ForbiddenError } from "./errors";
import { hasRole, type Role } from "./roles";

const WHAT: Record<Role, string> = {
  analyst: "an analyst's or editor's account",
  editor: "an editor's account",
  admin: "an admin's account",
};

/** Refuses the caller unless their role includes `role`. */
export function requireRole(caller: Caller, role: Role): void {
  if (!hasRole(caller.role, role)) throw new ForbiddenError(`This needs ${WHAT[role]}; you are signed in as ${caller.role}.`);
}

/** Editors edit anything; analysts only their own drafts (not once submitted, until it is returned). */
export function requireEntryAuthor(caller: Caller, entry: { createdById: string | null; state: string }): void {
  if (hasRole(caller.role, "editor")) return;
  requireRole(caller, "analyst");
  if (entry.createdById !== caller.userId) throw new ForbiddenError("Analysts can change only the entries they logged. Ask an editor.");
  if (entry.state !== "draft") throw new ForbiddenError("This entry is with the editors now; you can change it again if they return it.");
}
