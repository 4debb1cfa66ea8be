// Roles, weakest first: each includes the rights of those before it. Readers have no account.
export const ROLES = ["analyst", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
