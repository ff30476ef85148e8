import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedFrame } from "@/components/embed/embed-frame";

export const metadata: Metadata = { robots: { index: false } };

/** Chrome-less: no site header or footer, so the chart fills the newsroom's iframe. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-paper">
      <EmbedFrame>{children}</EmbedFrame>
    </div>
  );
}
