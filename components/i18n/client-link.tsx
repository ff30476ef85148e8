"use client";
import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localizedPath } from "@/lib/i18n/locales";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * The client components' next/link that keeps the reader's language, for the parts of the site that
 * have next-intl's client provider (the admin and sign-in, components/i18n/admin-intl.tsx). The
 * public pages have none (their JavaScript budget): their client components take the locale as a prop.
 */
export function ClientLink({ href, ...props }: Props) {
  return <NextLink href={useLocalizedPath()(href)} {...props} />;
}

/** `(path) => path in the reader's language`, for router.push and the like. */
export function useLocalizedPath(): (path: string) => string {
  const locale = useLocale();
  return (path) => localizedPath(path, locale);
}
