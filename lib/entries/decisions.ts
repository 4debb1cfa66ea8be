import type { Role } from "../auth/roles";
import { hasRole } from "../auth/roles";

type Entry = { state: string; deleted: boolean; createdById: string | null };
type Who = { userId: string; role: Role };
export type DecisionOption = { action: string; label: string; reasonLabel?: string; danger?: boolean };

/** The decisions a user may take on an entry now; the server checks the same rules again. */
export function decisionsFor(entry: Entry, who: Who): DecisionOption[] {
  const editor = hasRole(who.role, "editor");
  const own = entry.createdById === who.userId;
  if (entry.deleted) return editor ? [{ action: "entry.restore", label: "Restore", reasonLabel: "Why restore it?" }] : [];
  const out: DecisionOption[] = [];
  if (entry.state === "draft" && (own || editor)) out.push({ action: "entry.submit", label: "Submit for review" });
  if (entry.state === "in_review" && own) out.push({ action: "entry.withdraw", label: "Withdraw to edit" });
  if (editor && entry.state !== "published") out.push({ action: "entry.publish", label: "Publish", reasonLabel: "Note for the history (required)" });
  if (editor && entry.state === "in_review") out.push({ action: "entry.return", label: "Return to author", reasonLabel: "What should the author change?" });
  if (editor && entry.state === "published") out.push({ action: "entry.return", label: "Unpublish", reasonLabel: "Why take it off the record?" });
  if (editor) out.push({ action: "entry.delete", label: "Delete", reasonLabel: "Why delete it? (an editor can restore it)", danger: true });
  return out;
}

export function canEditEntry(entry: Entry, who: Who): boolean {
  if (entry.deleted) return false;
  return hasRole(who.role, "editor") || (entry.createdById === who.userId && entry.state === "draft");
}
