"use server";
import { insertAccount } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import {
  banUser,
  ensureEmailFree,
  findUserAccount,
  revokeUserSessions,
  setUserPassword,
  setUserRole,
  unbanUser,
} from "@/lib/data/admin/users";
import {
  newAccountSchema,
  userBanSchema,
  userPasswordSchema,
  userRoleSchema,
  userTargetSchema,
} from "@/lib/validation/user";
import { FieldError } from "@/lib/forms/errors";
import type { FormState } from "@/lib/forms/form-state";
import { defineFormAction, parseWith } from "./safe-action";

const USERS = ["/admin/users"];

const create = defineFormAction({
  role: "admin",
  parse(values) {
    const parsed = parseWith(newAccountSchema, values);
    if (!parsed.success) return parsed;
    const weakness = passwordWeakness(parsed.data.password, parsed.data);
    return weakness ? { success: false, fieldErrors: { password: [weakness] } } : parsed;
  },
  async write({ input, tx, user }) {
    await ensureEmailFree(tx, input.email);
    const passwordHash = await hashPassword(input.password);
    return insertAccount(
      tx,
      { email: input.email, name: input.name, role: input.role, passwordHash },
      { id: user.id, name: user.name || user.email },
    );
  },
  revalidate: () => USERS,
  message: () => "Account created. Give the person their password through a private channel.",
  once: "users:create",
  recordId: (id) => id,
  recheck: ({ input, tx }) => ensureEmailFree(tx, input.email),
});

const setRole = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userRoleSchema, values),
  write: ({ input, tx, record }) => setUserRole(tx, input, record),
  revalidate: () => USERS,
  message: (user) => `${user.email} is now ${user.role === "admin" ? "an admin" : "an editor"}.`,
});

const revokeSessions = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userTargetSchema, values),
  write: ({ input, tx, record }) => revokeUserSessions(tx, input.userId, record),
  revalidate: () => USERS,
  message: (r) => `${r.email} was signed out of ${r.count} session${r.count === 1 ? "" : "s"}.`,
});

const ban = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userBanSchema, values),
  write: ({ input, tx, record, user }) => banUser(tx, input, user.id, record),
  revalidate: () => USERS,
  message: (t) => `${t.email} is suspended and signed out everywhere.`,
});

const unban = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userTargetSchema, values),
  write: ({ input, tx, record }) => unbanUser(tx, input.userId, record),
  revalidate: () => USERS,
  message: (t) => `${t.email} can sign in again.`,
});

const setPassword = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userPasswordSchema, values),
  async write({ input, tx, record }) {
    const target = await findUserAccount(tx, input.userId);
    const weakness = passwordWeakness(input.password, target);
    if (weakness) throw new FieldError("password", weakness);
    return setUserPassword(tx, target, await hashPassword(input.password), record);
  },
  revalidate: () => USERS,
  message: (t) => `New password set for ${t.email}; their sessions were ended.`,
});

export async function createUserAction(previous: FormState, formData: FormData) {
  return create(previous, formData);
}
export async function setUserRoleAction(previous: FormState, formData: FormData) {
  return setRole(previous, formData);
}
export async function revokeUserSessionsAction(previous: FormState, formData: FormData) {
  return revokeSessions(previous, formData);
}
export async function banUserAction(previous: FormState, formData: FormData) {
  return ban(previous, formData);
}
export async function unbanUserAction(previous: FormState, formData: FormData) {
  return unban(previous, formData);
}
export async function setUserPasswordAction(previous: FormState, formData: FormData) {
  return setPassword(previous, formData);
}
