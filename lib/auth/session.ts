import "server-only";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { localizedPath } from "../i18n/locales";
import { getAuth } from "./server";
import { isRole, roleAllows, type CurrentUser, type Role } from "./roles";

/**
 * Who is asking, read from the session cookie and the database on every request (no cookie cache),
 * so a revoked session, a ban or a changed role takes effect at once. Null for the public.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const auth = await getAuth();
  const session = await auth.api.getSession({ headers: await headers(), query: { disableRefresh: true } });
  if (!session) return null;
  const { user } = session;
  if (user.banned || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/**
 * For pages: the signed-in user with at least `role`; otherwise a redirect to sign-in, or a 403
 * (forbidden(), rendered by app/admin/forbidden.tsx). Call it in a layout, before a loading boundary,
 * so the status is real.
 */
export async function requireUser(role: Role = "editor", returnTo = "/admin"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(localizedPath(`/login?next=${encodeURIComponent(returnTo)}`, await getLocale()));
  if (!roleAllows(user.role, role)) forbidden();
  return user;
}
