import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/i18n/locale-context";
import { languageAlternates } from "@/lib/i18n/alternates";
import { htmlLang, REQUEST_PATH_HEADER } from "@/lib/i18n/locales";
import "./globals.css";

// Open Graph image URLs must be absolute: SITE_URL when the deployment sets it, else the address
// the request came in on.
async function siteUrl(): Promise<URL> {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL);
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return new URL(`${protocol}://${host}`);
}

export async function generateMetadata(): Promise<Metadata> {
  const [t, requested] = await Promise.all([
    getTranslations("common.site"),
    headers().then((h) => h.get(REQUEST_PATH_HEADER)),
  ]);
  return {
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    metadataBase: await siteUrl(),
    // Every page in both languages: search engines show a reader the one in theirs.
    alternates: requested ? languageAlternates(requested) : undefined,
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={htmlLang[locale]}>
      <body className="min-h-screen">
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
