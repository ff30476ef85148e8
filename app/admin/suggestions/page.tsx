import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Link } from "@/components/i18n/link";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { findSuggestions, SUGGESTION_STATUSES } from "@/lib/data/suggestions";
import { formatWhen } from "@/lib/format/dates";
import { parsePage } from "@/lib/pagination";
import { cn } from "@/lib/utils";
import { firstParam } from "@/lib/validation/search-params";
import { localizedPath } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.suggestions"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export default async function SuggestionsQueuePage({ searchParams }: Props) {
  const query = await searchParams;
  const wanted = (firstParam(query, "status") ?? "pending").toUpperCase();
  const status = SUGGESTION_STATUSES.find((s) => s === wanted) ?? "PENDING";
  const page = parsePage(firstParam(query, "page"));
  const locale = await getLocale();
  const [list, t] = await Promise.all([
    findSuggestions({ status, page, locale }),
    getTranslations("admin.suggestions"),
  ]);
  // The pagination primitive takes finished addresses: in the editor's language.
  const href = (p: number) =>
    localizedPath(`/admin/suggestions?status=${status.toLowerCase()}${p > 1 ? `&page=${p}` : ""}`, locale);
  return (
    <>
      <AdminPageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("statusNav")} className="mb-4 flex flex-wrap gap-1 text-sm">
        {SUGGESTION_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/suggestions?status=${s.toLowerCase()}`}
            aria-current={s === status ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-ink-muted hover:bg-paper hover:text-ink",
              s === status && "bg-paper font-medium text-ink shadow-[0_0_0_1px_var(--color-rule)]",
            )}
          >
            {t(`tabs.${s}`)}
          </Link>
        ))}
      </nav>
      {list.total === 0 ? (
        <p className="rounded-lg border border-dashed border-rule p-6 text-sm text-ink-muted">{t(`empty.${status}`)}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-rule bg-paper">
          <Table data-testid="suggestion-queue">
            <TableHeader>
              <TableRow>
                <TableHead>{t("reference")}</TableHead>
                <TableHead>{t("suggestion")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("source")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t(status === "PENDING" ? "sent" : "decided")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell className="align-top font-mono whitespace-nowrap">
                    <Link href={`/admin/suggestions/${item.id}`} className="underline underline-offset-2">
                      {item.reference}
                    </Link>
                  </TableCell>
                  <TableCell className="align-top">
                    <Badge variant={item.kind === "STARTUP" ? "tracked" : "reported"} className="mr-2">
                      {t(item.kind === "STARTUP" ? "kindStartup" : "kindFact")}
                    </Badge>
                    <span className="break-words">{item.summary}</span>
                  </TableCell>
                  <TableCell className="hidden align-top md:table-cell">
                    <a href={item.sourceUrl} target="_blank" rel="noreferrer noopener" className="break-all underline">
                      {hostOf(item.sourceUrl)}
                    </a>
                  </TableCell>
                  <TableCell className="hidden align-top whitespace-nowrap text-ink-muted sm:table-cell">
                    {formatWhen(item.decidedAt ?? item.createdAt)}
                    {item.decidedByName ? <span className="block text-xs">{item.decidedByName}</span> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Pagination
        className="mt-4"
        page={list.page}
        pageCount={list.pageCount}
        href={href}
        labels={{
          label: t("pages"),
          previous: t("previous"),
          next: t("next"),
          status: t("page", { page: list.page, pageCount: list.pageCount }),
        }}
      />
    </>
  );
}
