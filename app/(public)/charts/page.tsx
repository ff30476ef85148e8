import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChartGrid } from "@/components/dashboard/chart-grid";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("charts.page.index");
  return { title: t("title"), description: t("description") };
}

export default async function ChartsIndexPage() {
  const t = await getTranslations("charts.page.index");
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight text-ink">{t("title")}</h1>
        <p className="max-w-3xl text-ink-muted">{t("intro")}</p>
      </header>
      <ChartGrid headingLevel={2} />
    </div>
  );
}
