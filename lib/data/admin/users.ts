import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";

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
