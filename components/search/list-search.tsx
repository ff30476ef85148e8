import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A name search over one list, as a GET form so the query stays in the URL. */
export function ListSearch({
  action,
  query,
  label,
  placeholder,
  submitLabel = "Search",
  clearLabel = "Clear",
}: {
  action: string;
  query: string | null;
  label: string;
  placeholder: string;
  /** The buttons' words, in the page's language. */
  submitLabel?: string;
  clearLabel?: string;
}) {
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
