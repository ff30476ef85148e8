import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale } from "./locales";
import { messages } from "./messages";

// next-intl's request configuration (next.config.ts points its plugin here): the locale proxy.ts
// found in the address, English otherwise, and that locale's messages. Dates are the sources' calendar
// dates, stored at midnight UTC, so they are formatted in UTC (any other zone could move them a day).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: messages[locale], timeZone: "UTC" };
});
