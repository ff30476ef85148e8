import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminIntl } from "@/components/i18n/admin-intl";
import { Link } from "@/components/i18n/link";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { safeNextPath } from "@/lib/auth/redirect";
import { requireUser } from "@/lib/auth/session";
import { countPendingSuggestions } from "@/lib/data/suggestions";
import { localizedPath } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.meta");
  return { title: { default: t("title"), template: t("titleTemplate") }, robots: { index: false } };
}

// Gate for the pages; every action that writes checks the role again on its own.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("editor", safeNextPath((await headers()).get("x-admin-path")));
  const pending = await countPendingSuggestions();
  const [t, locale] = await Promise.all([getTranslations("admin"), getLocale()]);
  const groups = [
    {
      title: t("nav.overview"),
      items: [
        { href: "/admin", label: t("nav.dashboard") },
        {
          href: "/admin/suggestions",
          label: pending > 0 ? t("nav.suggestionsPending", { count: pending }) : t("nav.suggestions"),
        },
      ],
    },
    {
      title: t("nav.records"),
      items: [
        { href: "/admin/startups", label: t("nav.startups") },
        { href: "/admin/people", label: t("nav.people") },
        { href: "/admin/cities", label: t("nav.cities") },
        { href: "/admin/organizations", label: t("nav.organizations") },
        { href: "/admin/employments", label: t("nav.employments") },
        { href: "/admin/foundings", label: t("nav.foundings") },
        { href: "/admin/funding-rounds", label: t("nav.fundingRounds") },
        { href: "/admin/investments", label: t("nav.investments") },
        { href: "/admin/reported-figures", label: t("nav.reportedFigures") },
      ],
    },
    {
      title: t("nav.sourcesGroup"),
      items: [
        { href: "/admin/sources", label: t("nav.sources") },
        { href: "/admin/citations", label: t("nav.citations") },
        { href: "/admin/exchange-rates", label: t("nav.exchangeRates") },
        { href: "/admin/data-quality", label: t("nav.dataQuality") },
      ],
    },
    {
      title: t("nav.tools"),
      items: [
        { href: "/admin/import", label: t("nav.import") },
        ...(user.role === "admin"
          ? [
              { href: "/admin/users", label: t("nav.users") },
              { href: "/admin/releases", label: t("nav.releases") },
            ]
          : []),
      ],
    },
  ].map((group) => ({
    ...group,
    items: group.items.map((item) => ({ ...item, href: localizedPath(item.href, locale) })),
  }));
  return (
    <AdminIntl>
      <div className="min-h-screen">
        <header className="border-b border-rule bg-paper">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
            <div className="flex items-baseline gap-3">
              <Link href="/admin" className="flex items-baseline gap-2 text-ink no-underline">
                <span aria-hidden className="inline-block size-3 translate-y-[1px] rounded-sm bg-accent" />
                <span className="text-lg font-semibold tracking-tight">Alumni Atlas</span>
                <span className="text-sm text-ink-faint">{t("shell.brand")}</span>
              </Link>
              <Link href="/" className="text-sm text-ink-muted underline-offset-2 hover:underline">
                {t("shell.viewSite")}
              </Link>
            </div>
            <div className="flex items-center gap-3 text-sm">
              <span className="text-ink" data-testid="current-user">
                {user.name}
              </span>
              <Badge variant={user.role === "admin" ? "accent" : "neutral"}>{t(`shell.roles.${user.role}`)}</Badge>
              <SignOutButton />
            </div>
          </div>
        </header>
        <div className="mx-auto grid max-w-7xl gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[12rem_1fr]">
          {/* Phones get the sections behind a disclosure, so the page starts with its content. */}
          <details className="rounded-lg border border-rule bg-paper px-3 py-2 lg:hidden">
            <summary className="cursor-pointer text-sm font-medium text-ink">{t("shell.sections")}</summary>
            <div className="mt-3">
              <AdminNav groups={groups} label={t("shell.navLabel")} />
            </div>
          </details>
          <aside aria-label={t("shell.sections")} className="hidden lg:sticky lg:top-4 lg:block lg:self-start">
            <AdminNav groups={groups} label={t("shell.navLabel")} />
          </aside>
          <main id="main" className="min-w-0">
            {children}
          </main>
        </div>
      </div>
    </AdminIntl>
  );
}
