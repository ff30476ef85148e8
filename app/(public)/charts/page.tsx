import type { Metadata } from "next";
import { ChartGrid } from "@/components/dashboard/chart-grid";

export const metadata: Metadata = {
  title: "Charts",
  description:
    "Charts of AI start-ups founded by former Alibaba staff, ready to download as PNG, SVG or CSV, or to embed.",
};

export default function ChartsIndexPage() {
  return (
    <div className="grid gap-8">
      <header className="grid gap-2">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight text-ink">Charts</h1>
        <p className="max-w-3xl text-ink-muted">
          Every chart carries its source line and as-of date. Open one to filter it by city, sector, Alibaba unit or
          years, download it as PNG or SVG, get the data as CSV, or copy the code to embed it, live or pinned to
          today&rsquo;s data.
        </p>
      </header>
      <ChartGrid headingLevel={2} />
    </div>
  );
}
