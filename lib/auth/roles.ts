/** The two roles. The public reads without an account. */
export const roles = ["admin", "editor"] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: "Admin — edits records and manages accounts",
  editor: "Editor — edits records",
};

export function isRole(value: unknown): value is Role {
  return roles.some((role) => role === value);
}

/** Whether someone with `role` may do what `required` allows: admins may do everything editors may. */
export function roleAllows(role: string | null | undefined, required: Role): boolean {
  if (role === "admin") return true;
  return role === "editor" && required === "editor";
}

export type CurrentUser = { id: string; name: string; email: string; role: Role };
