import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { robots: { index: false } };

/** Chrome-less: no site header or footer, so the chart fills the newsroom's iframe. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return <main className="min-h-screen bg-paper px-3 py-3 sm:px-4">{children}</main>;
}
