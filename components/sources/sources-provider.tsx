import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { SourceView } from "@/lib/data/citations";
import { SourcesContextProvider } from "./source-context";
import { getFootnoteWords, getSourceTexts } from "./source-text";

/** A page's numbered sources for its footnote markers, with the footnote cards' words in the page's language. */
export async function SourcesProvider({ sources, children }: { sources: SourceView[]; children: ReactNode }) {
  const [texts, words, locale] = await Promise.all([getSourceTexts(sources), getFootnoteWords(), getLocale()]);
  return (
    <SourcesContextProvider sources={sources} texts={texts} words={words} locale={locale}>
      {children}
    </SourcesContextProvider>
  );
}
