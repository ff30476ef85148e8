import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedPath } from "@/lib/i18n/locales";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * next/link that keeps the reader's language: `<Link href="/startups">` goes to /zh/startups on a
 * 中文 page. A server component (the locale comes from the request), so no translation runtime
 * reaches the browser; a client component gets `localizedPath(href, locale)` with the locale as a prop.
 * next-intl's own Link needs its client provider on every page, which the lean pages' budget has no room for.
 *
 * No prefetching unless asked for (`prefetch`): the framework prefetches every link that scrolls
 * into view, which on a profile was 27 requests (the header's nine sections twice over, the city,
 * the network with its graph library's code) fetched and parsed while the page was still starting
 * up, and some fifty on a list page. The pages are served from the cache, so a click costs one
 * quick round trip instead; navigation stays client-side.
 */
export async function Link({ href, prefetch = false, ...props }: Props) {
  const locale = await getLocale();
  return <NextLink href={localizedPath(href, locale)} prefetch={prefetch} {...props} />;
}
