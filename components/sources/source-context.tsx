"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { SourceView } from "@/lib/data/citations";
import type { Locale } from "@/lib/i18n/locales";
import type { SourceText } from "./source-description";
import type { FootnoteWords } from "./source-text";

type Sources = {
  sources: ReadonlyMap<number, { source: SourceView; text?: SourceText }>;
  words: FootnoteWords;
  locale: Locale;
};

const ENGLISH: FootnoteWords = {
  marker: "Source {number}",
  withQuote: ", with quote",
  noQuote: "No quote of this source is recorded for this fact.",
  openPage: "Open the page",
  inList: "Source {number} in the list",
  flag: "Flag this fact",
};

const SourcesContext = createContext<Sources>({ sources: new Map(), words: ENGLISH, locale: "en" });

/**
 * Makes a page's numbered sources known to the footnote markers inside it, so each can show its
 * source, with the interface's words in the page's language (made on the server: sources-provider.tsx).
 */
export function SourcesContextProvider({
  sources,
  texts,
  words,
  locale,
  children,
}: {
  sources: SourceView[];
  texts: Record<number, SourceText>;
  words: FootnoteWords;
  locale: Locale;
  children: ReactNode;
}) {
  const entries = new Map(sources.map((source) => [source.number, { source, text: texts[source.number] }]));
  return <SourcesContext.Provider value={{ sources: entries, words, locale }}>{children}</SourcesContext.Provider>;
}

export function useSource(number: number): { source: SourceView; text?: SourceText } | undefined {
  return useContext(SourcesContext).sources.get(number);
}

/** The footnotes' words and the page's language. */
export function useFootnoteWords(): { words: FootnoteWords; locale: Locale } {
  const { words, locale } = useContext(SourcesContext);
  return { words, locale };
}

/** Fills `{number}` into a footnote message. */
export function withNumber(message: string, number: number): string {
  return message.replace("{number}", String(number));
}
