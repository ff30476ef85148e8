import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { CreateUserForm, UserActionForm } from "@/components/admin/user-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import {
  banUserAction,
  createUserAction,
  revokeUserSessionsAction,
  setUserPasswordAction,
  setUserRoleAction,
  unbanUserAction,
} from "@/lib/actions/users";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/admin/users";
import { formatIsoDate } from "@/lib/format/dates";
import { newSubmissionKey } from "@/lib/forms/submission-key";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function UsersPage() {
  const me = await requireUser("admin", "/admin/users");
  const t = await getTranslations("admin.users");
  return (
    <>
      <AdminPageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("newAccount")}</CardTitle>
            <CardDescription>{t("newAccountHelp")}</CardDescription>
          </CardHeader>
          <CardContent>
            <CreateUserForm action={createUserAction} submissionKey={newSubmissionKey()} />
          </CardContent>
        </Card>
        <Suspense fallback={<Skeleton className="h-64 w-full" />}>
          <UserList myId={me.id} />
        </Suspense>
      </div>
    </>
  );
}

async function UserList({ myId }: { myId: string }) {
  const [users, t, tShell] = await Promise.all([
    listUsers(),
    getTranslations("admin.users"),
    getTranslations("admin.shell"),
  ]);
  return (
    <section aria-labelledby="accounts" className="grid gap-3">
      <h2 id="accounts" className="text-lg font-semibold tracking-tight">
        {t("accounts", { count: users.length })}
      </h2>
      <ul className="grid gap-3">
        {users.map((user) => (
          <li key={user.id} className="grid gap-3 rounded-lg border border-rule bg-paper p-4" data-testid="user-row">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-ink">{user.name}</span>
              <span className="text-sm text-ink-muted">{user.email}</span>
              <Badge variant={user.role === "admin" ? "accent" : "neutral"}>
                {user.role === "admin" || user.role === "editor" ? tShell(`roles.${user.role}`) : user.role}
              </Badge>
              {user.banned ? (
                <Badge variant="warn">
                  {user.banReason ? t("suspendedBecause", { reason: user.banReason }) : t("suspended")}
                </Badge>
              ) : null}
              {user.id === myId ? <Badge variant="tracked">{t("you")}</Badge> : null}
              <span className="text-xs text-ink-faint">
                {t("sessions", { count: user.activeSessions, date: formatIsoDate(user.createdAt) ?? "" })}
              </span>
            </div>
            <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
              <UserActionForm
                action={setUserRoleAction}
                userId={user.id}
                label={t("changeRole")}
                pendingLabel={t("saving")}
              >
                <label className="grid gap-1 text-xs text-ink-muted">
                  {t("role")}
                  <Select name="role" defaultValue={user.role} className="h-8 w-32">
                    <option value="editor">{tShell("roles.editor")}</option>
                    <option value="admin">{tShell("roles.admin")}</option>
                  </Select>
                </label>
              </UserActionForm>
              <UserActionForm
                action={revokeUserSessionsAction}
                userId={user.id}
                label={t("signOutEverywhere")}
                pendingLabel={t("signingOut")}
              />
              <UserActionForm
                action={setUserPasswordAction}
                userId={user.id}
                label={t("setPassword")}
                pendingLabel={t("saving")}
              >
                <label className="grid gap-1 text-xs text-ink-muted">
                  {t("newPassword")}
                  <Input name="password" type="password" autoComplete="new-password" className="h-8 w-48" />
                </label>
              </UserActionForm>
              {user.id !== myId ? (
                user.banned ? (
                  <UserActionForm
                    action={unbanUserAction}
                    userId={user.id}
                    label={t("restoreAccess")}
                    pendingLabel={t("restoring")}
                  />
                ) : (
                  <UserActionForm
                    action={banUserAction}
                    userId={user.id}
                    label={t("suspend")}
                    pendingLabel={t("suspending")}
                    variant="danger"
                    confirm={t("suspendConfirm", { email: user.email })}
                  >
                    <label className="grid gap-1 text-xs text-ink-muted">
                      {t("reasonOptional")}
                      <Input name="reason" className="h-8 w-48" />
                    </label>
                  </UserActionForm>
                )
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
