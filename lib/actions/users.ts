"use server";
import { insertAccount } from "@/lib/auth/accounts";
import { hashPassword } from "@/lib/auth/password";
import { passwordWeakness } from "@/lib/auth/password-strength";
import type { Tx } from "@/lib/data/admin/delegates";
import {
  newAccountSchema,
  userBanSchema,
  userPasswordSchema,
  userRoleSchema,
  userTargetSchema,
} from "@/lib/validation/user";
import { ActionError, FieldError, NotFoundError } from "@/lib/forms/errors";
import type { FormState } from "@/lib/forms/form-state";
import { defineFormAction, parseWith } from "./safe-action";

const USERS = ["/admin/users"];

async function targetUser(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("This account");
  return user;
}

/** At least one admin who can sign in must remain, or no one could manage accounts again. */
async function ensureAnotherAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "admin", banned: false, NOT: { id: userId } } });
  if (others === 0) throw new ActionError("This is the last active admin account; make another admin first.");
}

const create = defineFormAction({
  role: "admin",
  parse(values) {
    const parsed = parseWith(newAccountSchema, values);
    if (!parsed.success) return parsed;
    const weakness = passwordWeakness(parsed.data.password, parsed.data);
    return weakness ? { success: false, fieldErrors: { password: [weakness] } } : parsed;
  },
  async write({ input, tx, user }) {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new FieldError("email", `already has an account`);
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
  recheck: async ({ input, tx }) => {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new FieldError("email", `already has an account`);
  },
});

const setRole = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userRoleSchema, values),
  async write({ input, tx, record }) {
    const target = await targetUser(tx, input.userId);
    if (target.role === input.role) return target;
    if (target.role === "admin") await ensureAnotherAdmin(tx, target.id);
    const updated = await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    await record({
      recordType: "USER",
      recordId: target.id,
      action: "UPDATE",
      before: { role: target.role },
      after: { role: input.role },
      summary: `Role of ${target.email}`,
    });
    return updated;
  },
  revalidate: () => USERS,
  message: (user) => `${user.email} is now ${user.role === "admin" ? "an admin" : "an editor"}.`,
});

// Deleting the session rows signs the person out everywhere at once: sessions are read from the
// database on every request, never from a cookie cache.
const revokeSessions = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userTargetSchema, values),
  async write({ input, tx, record }) {
    const target = await targetUser(tx, input.userId);
    const { count } = await tx.session.deleteMany({ where: { userId: target.id } });
    await record({
      recordType: "USER",
      recordId: target.id,
      action: "UPDATE",
      summary: `Signed out of ${count} session${count === 1 ? "" : "s"}`,
    });
    return { email: target.email, count };
  },
  revalidate: () => USERS,
  message: (r) => `${r.email} was signed out of ${r.count} session${r.count === 1 ? "" : "s"}.`,
});

const ban = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userBanSchema, values),
  async write({ input, tx, record, user }) {
    const target = await targetUser(tx, input.userId);
    if (target.id === user.id) throw new ActionError("You cannot suspend your own account.");
    if (target.role === "admin") await ensureAnotherAdmin(tx, target.id);
    await tx.user.update({ where: { id: target.id }, data: { banned: true, banReason: input.reason } });
    await tx.session.deleteMany({ where: { userId: target.id } });
    await record({
      recordType: "USER",
      recordId: target.id,
      action: "UPDATE",
      before: { banned: false },
      after: { banned: true, banReason: input.reason },
      summary: `Suspended ${target.email}`,
    });
    return target;
  },
  revalidate: () => USERS,
  message: (t) => `${t.email} is suspended and signed out everywhere.`,
});

const unban = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userTargetSchema, values),
  async write({ input, tx, record }) {
    const target = await targetUser(tx, input.userId);
    await tx.user.update({ where: { id: target.id }, data: { banned: false, banReason: null, banExpires: null } });
    await record({
      recordType: "USER",
      recordId: target.id,
      action: "UPDATE",
      before: { banned: true },
      after: { banned: false },
      summary: `Restored ${target.email}`,
    });
    return target;
  },
  revalidate: () => USERS,
  message: (t) => `${t.email} can sign in again.`,
});

const setPassword = defineFormAction({
  role: "admin",
  parse: (values) => parseWith(userPasswordSchema, values),
  async write({ input, tx, record }) {
    const target = await targetUser(tx, input.userId);
    const weakness = passwordWeakness(input.password, target);
    if (weakness) throw new FieldError("password", weakness);
    const passwordHash = await hashPassword(input.password);
    const { count } = await tx.account.updateMany({
      where: { userId: target.id, providerId: "credential" },
      data: { password: passwordHash },
    });
    if (count === 0)
      await tx.account.create({
        data: {
          id: crypto.randomUUID(),
          accountId: target.id,
          providerId: "credential",
          userId: target.id,
          password: passwordHash,
        },
      });
    await tx.session.deleteMany({ where: { userId: target.id } });
    await record({
      recordType: "USER",
      recordId: target.id,
      action: "UPDATE",
      summary: `New password set for ${target.email}; signed out everywhere`,
    });
    return target;
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
