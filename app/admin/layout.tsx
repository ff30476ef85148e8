import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { safeNextPath } from "@/lib/auth/redirect";
import { requireUser } from "@/lib/auth/session";
import { countPendingSuggestions } from "@/lib/data/suggestions";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Alumni Atlas" },
  robots: { index: false },
};

// Gate for the pages; every action that writes checks the role again on its own.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("editor", safeNextPath((await headers()).get("x-admin-path")));
  const pending = await countPendingSuggestions();
  const groups = [
    {
      title: "Overview",
      items: [
        { href: "/admin", label: "Dashboard" },
        {
          href: "/admin/suggestions",
          label: pending > 0 ? `Readers' suggestions (${pending})` : "Readers' suggestions",
        },
      ],
    },
    {
      title: "Records",
      items: [
        { href: "/admin/startups", label: "Start-ups" },
        { href: "/admin/people", label: "People" },
        { href: "/admin/cities", label: "Cities" },
        { href: "/admin/organizations", label: "Organizations" },
        { href: "/admin/employments", label: "Employments" },
        { href: "/admin/foundings", label: "Foundings" },
        { href: "/admin/funding-rounds", label: "Funding rounds" },
        { href: "/admin/investments", label: "Investments" },
        { href: "/admin/reported-figures", label: "Reported figures" },
      ],
    },
    {
      title: "Sources",
      items: [
        { href: "/admin/sources", label: "Sources" },
        { href: "/admin/citations", label: "Citations" },
        { href: "/admin/exchange-rates", label: "Exchange rates" },
        { href: "/admin/data-quality", label: "Data quality" },
      ],
    },
    {
      title: "Tools",
      items: [
        { href: "/admin/import", label: "Import CSV" },
        ...(user.role === "admin"
          ? [
              { href: "/admin/users", label: "Users" },
              { href: "/admin/releases", label: "Dataset releases" },
            ]
          : []),
      ],
    },
  ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-rule bg-paper">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <div className="flex items-baseline gap-3">
            <Link href="/admin" className="flex items-baseline gap-2 text-ink no-underline">
              <span aria-hidden className="inline-block size-3 translate-y-[1px] rounded-sm bg-accent" />
              <span className="text-lg font-semibold tracking-tight">Alumni Atlas</span>
              <span className="text-sm text-ink-faint">Admin</span>
            </Link>
            <Link href="/" className="text-sm text-ink-muted underline-offset-2 hover:underline">
              View site
            </Link>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span className="text-ink" data-testid="current-user">
              {user.name}
            </span>
            <Badge variant={user.role === "admin" ? "accent" : "neutral"}>{user.role}</Badge>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[12rem_1fr]">
        {/* Phones get the sections behind a disclosure, so the page starts with its content. */}
        <details className="rounded-lg border border-rule bg-paper px-3 py-2 lg:hidden">
          <summary className="cursor-pointer text-sm font-medium text-ink">Admin sections</summary>
          <div className="mt-3">
            <AdminNav groups={groups} />
          </div>
        </details>
        <aside aria-label="Admin sections" className="hidden lg:sticky lg:top-4 lg:block lg:self-start">
          <AdminNav groups={groups} />
        </aside>
        <main id="main" className="min-w-0">
          {children}
        </main>
      </div>
    </div>
  );
}
