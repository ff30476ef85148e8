import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A name search over one list, as a GET form so the query stays in the URL. */
export function ListSearch({
  action,
  query,
  label,
  placeholder,
}: {
  action: string;
  query: string | null;
  label: string;
  placeholder: string;
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
      <Button type="submit">Search</Button>
      {query ? (
        <Button variant="ghost" asChild>
          <Link href={action}>Clear</Link>
        </Button>
      ) : null}
    </form>
  );
}
