import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A name search over one list, as a GET form so the query stays in the URL. */
export async function ListSearch({
  action,
  query,
  label,
  placeholder,
  submitLabel,
  clearLabel,
}: {
  action: string;
  query: string | null;
  label: string;
  placeholder: string;
  /** The buttons' words; the search form's own (in the page's language) when not given. */
  submitLabel?: string;
  clearLabel?: string;
}) {
  const t = await getTranslations("search.form");
  submitLabel ??= t("submit");
  clearLabel ??= t("clear");
  return (
    <form method="get" action={action} role="search" aria-label={label} className="flex max-w-xl gap-2">
      <Input
        className="min-w-0"
        name="q"
        type="search"
        defaultValue={query ?? ""}
        maxLength={100}
        placeholder={placeholder}
        aria-label={label}
        autoComplete="off"
      />
      <Button type="submit">{submitLabel}</Button>
      {query ? (
        <Button variant="ghost" asChild>
          <Link href={action}>{clearLabel}</Link>
        </Button>
      ) : null}
    </form>
  );
}
