import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireUser("admin", "/admin/users");
  return (
    <>
      <AdminPageHeader
        title="Users"
        description="Admins manage accounts; editors edit records. There is no public sign-up."
      />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>New account</CardTitle>
            <CardDescription>The person signs in with this email and password.</CardDescription>
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
  const users = await listUsers();
  return (
    <section aria-labelledby="accounts" className="grid gap-3">
      <h2 id="accounts" className="text-lg font-semibold tracking-tight">
        Accounts ({users.length})
      </h2>
      <ul className="grid gap-3">
        {users.map((user) => (
          <li key={user.id} className="grid gap-3 rounded-lg border border-rule bg-paper p-4" data-testid="user-row">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-ink">{user.name}</span>
              <span className="text-sm text-ink-muted">{user.email}</span>
              <Badge variant={user.role === "admin" ? "accent" : "neutral"}>{user.role}</Badge>
              {user.banned ? (
                <Badge variant="warn">suspended{user.banReason ? `: ${user.banReason}` : ""}</Badge>
              ) : null}
              {user.id === myId ? <Badge variant="tracked">you</Badge> : null}
              <span className="text-xs text-ink-faint">
                {user.activeSessions} active session{user.activeSessions === 1 ? "" : "s"} · since{" "}
                {formatIsoDate(user.createdAt)}
              </span>
            </div>
            <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
              <UserActionForm action={setUserRoleAction} userId={user.id} label="Change role" pendingLabel="Saving…">
                <label className="grid gap-1 text-xs text-ink-muted">
                  Role
                  <Select name="role" defaultValue={user.role} className="h-8 w-32">
                    <option value="editor">editor</option>
                    <option value="admin">admin</option>
                  </Select>
                </label>
              </UserActionForm>
              <UserActionForm
                action={revokeUserSessionsAction}
                userId={user.id}
                label="Sign out everywhere"
                pendingLabel="Signing out…"
              />
              <UserActionForm
                action={setUserPasswordAction}
                userId={user.id}
                label="Set password"
                pendingLabel="Saving…"
              >
                <label className="grid gap-1 text-xs text-ink-muted">
                  New password
                  <Input name="password" type="password" autoComplete="new-password" className="h-8 w-48" />
                </label>
              </UserActionForm>
              {user.id !== myId ? (
                user.banned ? (
                  <UserActionForm
                    action={unbanUserAction}
                    userId={user.id}
                    label="Restore access"
                    pendingLabel="Restoring…"
                  />
                ) : (
                  <UserActionForm
                    action={banUserAction}
                    userId={user.id}
                    label="Suspend"
                    pendingLabel="Suspending…"
                    variant="danger"
                    confirm={`Suspend ${user.email}? They are signed out at once.`}
                  >
                    <label className="grid gap-1 text-xs text-ink-muted">
                      Reason (optional)
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
