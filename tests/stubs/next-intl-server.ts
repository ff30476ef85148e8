// next-intl's server functions outside Next.js: vitest resolves "next-intl/server" to its client
// entry, where they throw. Server actions and route handlers under test get the real translator
// over the app's own messages, in English unless the call names a locale (the reader's language
// comes from the address in the app; tests of 中文 output pass `locale` explicitly, or set the
// request's language with `setRequestLocale` as a /zh page's request would: a server action under test
// then reads it from `getLocale()`, like the app's. Reset it after the test).
import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type Options = { locale?: string; namespace?: string } | string | undefined;

let requestLocale: Locale = defaultLocale;

/** The language of the request under test (English by default); next-intl's own name for setting it. */
export function setRequestLocale(locale: string): void {
  requestLocale = isLocale(locale) ? locale : defaultLocale;
}

function localeOf(options: Options): Locale {
  return typeof options === "object" && isLocale(options.locale) ? options.locale : requestLocale;
}

export async function getLocale(): Promise<Locale> {
  return requestLocale;
}

export async function getMessages(options?: { locale?: string }) {
  return messages[localeOf(options)];
}

export async function getTranslations(options?: Options) {
  const locale = localeOf(options);
  const namespace = typeof options === "string" ? options : options?.namespace;
  return createTranslator({ locale, messages: messages[locale], namespace: namespace as never, timeZone: "UTC" });
}

export function getRequestConfig<T>(create: T): T {
  return create;
}
