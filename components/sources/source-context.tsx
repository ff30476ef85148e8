"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { SourceView } from "@/lib/data/citations";

const SourcesContext = createContext<ReadonlyMap<number, SourceView>>(new Map());

/** Makes a page's numbered sources known to the footnote markers inside it, so each can show its source. */
export function SourcesProvider({ sources, children }: { sources: SourceView[]; children: ReactNode }) {
  return (
    <SourcesContext.Provider value={new Map(sources.map((source) => [source.number, source]))}>
      {children}
    </SourcesContext.Provider>
  );
}

export function useSource(number: number): SourceView | undefined {
  return useContext(SourcesContext).get(number);
}
