"use client";

import { createContext, useContext, type ReactNode } from "react";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";

const LocaleContext = createContext<Locale>(defaultLocale);

/**
 * The page's language for the few client components that cannot be handed it as a prop: error
 * boundaries (error.tsx gets only the error). A bare context, not next-intl's client provider, whose
 * runtime the lean pages' JavaScript budget has no room for.
 */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
