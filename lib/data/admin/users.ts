import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { Role } from "@/lib/auth/roles";
import { ActionError, FieldError, NotFoundError } from "@/lib/forms/errors";
import type { Tx } from "./delegates";
import type { RecordChange } from "./history";

export type AdminUser = {
  id: string;
  name: string;
  email: string;
  role: string;
  banned: boolean;
  banReason: string | null;
  createdAt: string;
  activeSessions: number;
  lastChange: string | null;
};

/** Every account with its live session count; never the password hash (the app's client omits it). */
export const listUsers = cache(async (): Promise<AdminUser[]> => {
  const prisma = await getPrisma();
  const users = await prisma.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      banned: true,
      banReason: true,
      createdAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } }, changes: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    banned: u.banned,
    banReason: u.banReason,
    createdAt: u.createdAt.toISOString(),
    activeSessions: u._count.sessions,
    lastChange: null,
  }));
});

/** The account an admin acts on, which must exist. */
export async function findUserAccount(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new NotFoundError("This account");
  return user;
}

/** Refuses an address that already has an account. */
export async function ensureEmailFree(tx: Tx, email: string): Promise<void> {
  if (await tx.user.findUnique({ where: { email } })) throw new FieldError("email", `already has an account`);
}

/** At least one admin who can sign in must remain, or no one could manage accounts again. */
async function ensureAnotherAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "admin", banned: false, NOT: { id: userId } } });
  if (others === 0) throw new ActionError("This is the last active admin account; make another admin first.");
}

export async function setUserRole(tx: Tx, input: { userId: string; role: Role }, record: RecordChange) {
  const target = await findUserAccount(tx, input.userId);
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
}

// Deleting the session rows signs the person out everywhere at once: sessions are read from the
// database on every request, never from a cookie cache.
export async function revokeUserSessions(tx: Tx, userId: string, record: RecordChange) {
  const target = await findUserAccount(tx, userId);
  const { count } = await tx.session.deleteMany({ where: { userId: target.id } });
  await record({
    recordType: "USER",
    recordId: target.id,
    action: "UPDATE",
    summary: `Signed out of ${count} session${count === 1 ? "" : "s"}`,
  });
  return { email: target.email, count };
}

export async function banUser(
  tx: Tx,
  input: { userId: string; reason: string | null },
  actorId: string,
  record: RecordChange,
) {
  const target = await findUserAccount(tx, input.userId);
  if (target.id === actorId) throw new ActionError("You cannot suspend your own account.");
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
}

export async function unbanUser(tx: Tx, userId: string, record: RecordChange) {
  const target = await findUserAccount(tx, userId);
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
}

/** Stores a new password hash (made by the caller) and ends every session of the account. */
export async function setUserPassword(
  tx: Tx,
  target: { id: string; email: string },
  passwordHash: string,
  record: RecordChange,
) {
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
}
