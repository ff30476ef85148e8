import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/admin/login-form";
import { AdminIntl } from "@/components/i18n/admin-intl";
import { Link } from "@/components/i18n/link";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/redirect";
import { localizedPath } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [t, locale] = await Promise.all([getTranslations("signIn"), getLocale()]);
  // Where to go once signed in; /zh/login opens the 中文 admin unless it was sent from a page.
  const next = safeNextPath((await searchParams).next, localizedPath("/admin", locale));
  if (await getCurrentUser()) redirect(next);
  return (
    <AdminIntl>
      <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-12">
        <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span aria-hidden className="inline-block size-3 translate-y-[1px] rounded-sm bg-accent" />
          <span className="text-lg font-semibold tracking-tight">Alumni Atlas</span>
        </Link>
        <Card>
          <CardHeader>
            <h1 className="font-serif text-2xl font-semibold tracking-tight text-ink">{t("heading")}</h1>
            <CardDescription>{t("description")}</CardDescription>
          </CardHeader>
          <CardContent>
            <LoginForm next={next} />
          </CardContent>
        </Card>
      </main>
    </AdminIntl>
  );
}
