import { getTranslations } from "next-intl/server";
import type { SourceView } from "@/lib/data/citations";
import { formatReportedDate } from "@/lib/format/dates";
import { SOURCE_LANGUAGE_CODES, type SourceLanguage } from "@/lib/sources/languages";
import { displayHost } from "@/lib/urls";
import type { SourceText } from "./source-description";

const isSourceLanguage = (code: string): code is SourceLanguage =>
  (SOURCE_LANGUAGE_CODES as readonly string[]).includes(code);

/** The interface's words about each source, in the page's language, by source number. */
export async function getSourceTexts(sources: SourceView[]): Promise<Record<number, SourceText>> {
  const t = await getTranslations("sources");
  return Object.fromEntries(
    sources.map((source) => {
      const details: string[] = [];
      if (source.language !== "en")
        details.push(
          t("source.inLanguage", {
            language: isSourceLanguage(source.language) ? t(`languages.${source.language}`) : source.language,
          }),
        );
      if (source.retrievedOn) details.push(t("source.retrieved", { date: source.retrievedOn }));
      const reported = formatReportedDate(source.publishedOn, source.publishedPrecision);
      const text: SourceText = {
        linkText:
          source.title ?? t("source.untitled", { host: source.url ? displayHost(source.url) : source.publisher }),
        when: reported,
        dateTime: reported,
        dateNotReported: t("source.dateNotReported"),
        via:
          source.originalPublisher !== null
            ? t("source.readVia", { kind: source.kind ?? "other", publisher: source.publisher })
            : null,
        kind: source.kind ? t(`kinds.${source.kind}`) : t("source.kindNotRecorded"),
        details,
        original: t("source.original"),
        originalUnknown: t("source.originalUnknown"),
      };
      return [source.number, text];
    }),
  );
}

/** The footnote card's own words (a client component: it gets them as data). `{number}` is filled in there. */
export type FootnoteWords = {
  marker: string;
  withQuote: string;
  noQuote: string;
  openPage: string;
  inList: string;
  flag: string;
};

export async function getFootnoteWords(): Promise<FootnoteWords> {
  const t = await getTranslations("sources.footnote");
  return {
    marker: t.raw("marker") as string,
    withQuote: t("withQuote"),
    noQuote: t("noQuote"),
    openPage: t("openPage"),
    inList: t.raw("inList") as string,
    flag: t("flag"),
  };
}
