import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { messages } from "@/lib/i18n/messages";

/**
 * next-intl's client provider for the admin and sign-in, with only their messages: their forms are
 * client components with many words, and (unlike the public pages) they have no JavaScript budget to
 * keep, so they call useTranslations directly rather than taking every word as a prop.
 */
export async function AdminIntl({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const { admin, adminForms, signIn, format } = messages[locale];
  return (
    <NextIntlClientProvider locale={locale} timeZone="UTC" messages={{ admin, adminForms, signIn, format }}>
      {children}
    </NextIntlClientProvider>
  );
}
