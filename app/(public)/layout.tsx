import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-paper focus:p-2"
      >
        {t("skipToContent")}
      </a>
      <SiteHeader />
      {/* At least a screen tall: while a page streams in behind its loading skeleton, the footer stays
          below the fold instead of being pushed down in view (a layout shift of up to 0.17). */}
      <main id="main" className="mx-auto min-h-svh w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
