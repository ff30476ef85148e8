"use client";

import { usePathname, useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";

/**
 * For a GET form of filters: with JavaScript, each change (and a submit) replaces the page's address
 * with the form's query at once, without scrolling; without JavaScript the form submits as usual.
 * `toQuery` reads the form into its query, leaving out empty fields.
 */
export function useInstantQueryForm(toQuery: (form: HTMLFormElement) => URLSearchParams) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();

  function apply(form: HTMLFormElement) {
    const query = toQuery(form).toString();
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  return {
    /** The page's path without a query, for a link that resets the filters. */
    pathname,
    /** True while the page for the new address is on its way. */
    pending,
    onSubmit(event: FormEvent<HTMLFormElement>) {
      event.preventDefault();
      apply(event.currentTarget);
    },
    onChange(event: FormEvent<HTMLFormElement>) {
      apply(event.currentTarget);
    },
  };
}
