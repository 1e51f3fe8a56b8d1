/**
 * Who may do what. Each role adds to the one before it, so a check is "at least this role".
 * Client-safe: the header and the buttons read the same table the server enforces.
 */
export const ROLES = ["viewer", "reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_CAN: Record<Role, string> = {
  viewer: "read comparisons and export them",
  reviewer: "also confirm, dismiss and annotate differences",
  editor: "also create, re-run, rename and delete comparisons",
  admin: "also add users and change their roles",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function hasRole(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}

/** The sentence a refused request gets: what the role lacks, said to the person. */
export function refusalFor(actual: Role, needed: Role): string {
  return `Your role (${actual}) cannot do this; it needs the ${needed} role, which can ${ROLE_CAN[needed].replace(/^also /, "")}.`;
}
