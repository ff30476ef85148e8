import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/i18n/link";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("suggest.meta");
  return { title: t("startupTitle"), description: t("startupDescription") };
}

export default async function SuggestStartupPage() {
  const [t, locale, messages] = await Promise.all([getTranslations("suggest"), getLocale(), getMessages()]);
  return (
    <div className="grid max-w-3xl gap-8">
      <PageHeader eyebrow={t("eyebrow")} title={t("startup.title")}>
        <p className="text-sm text-ink-muted">{t.rich("startup.lead", { link: link("/reported-figures#missing") })}</p>
      </PageHeader>
      <SuggestionForm
        kind="startup"
        words={messages.suggest.form}
        validation={locale === "en" ? null : messages.suggest.validation}
        locale={locale}
      />
      <p className="text-sm text-ink-muted">{t.rich("startup.already", { link: link("/suggest/status") })}</p>
    </div>
  );
}

/** A rich message's <link> tag as a link to `href`, in the reader's language. */
function link(href: string) {
  return function InlineLink(chunks: ReactNode) {
    return (
      <Link href={href} className="underline">
        {chunks}
      </Link>
    );
  };
}
