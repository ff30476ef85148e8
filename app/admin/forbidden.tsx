import Link from "next/link";

/** Answered with status 403 (forbidden() from requireUser): a signed-in editor on an admin-only page. */
export default function AdminForbidden() {
  return (
    <div className="grid gap-2">
      <h1 className="font-serif text-2xl font-semibold">Admins only</h1>
      <p className="text-sm text-ink-muted">
        Your account may edit records but not this page.{" "}
        <Link href="/admin" className="underline">
          Back to the dashboard
        </Link>
        .
      </p>
    </div>
  );
}
