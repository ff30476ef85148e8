import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/session";

/** Accounts are for admins: an editor gets a 403 page, decided before the page below streams. */
export default async function UsersLayout({ children }: { children: ReactNode }) {
  await requireUser("admin", "/admin/users");
  return children;
}
