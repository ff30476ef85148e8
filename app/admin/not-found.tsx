import Link from "next/link";

export default function AdminNotFound() {
  return (
    <div className="grid gap-2">
      <h1 className="font-serif text-2xl font-semibold">Not found</h1>
      <p className="text-sm text-ink-muted">
        There is no such record or page.{" "}
        <Link href="/admin" className="underline">
          Back to the dashboard
        </Link>
        .
      </p>
    </div>
  );
}
