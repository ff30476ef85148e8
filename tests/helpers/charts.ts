// The chart tests' shared inputs: a fixed build context and ITJuzi's two reported figures (85 start-ups
// by end-2024, 45% of them in Hangzhou) as the reported-figures table gives them to a chart.
import type { ChartContext, ReportedFigureInput } from "@/lib/charts/build";

export const chartContext: ChartContext = {
  filters: {},
  names: {},
  asOf: new Date("2025-06-30T10:00:00Z"),
  generatedAt: new Date("2025-07-01T08:00:00Z"),
  supportsYears: true,
};

const itjuzi = {
  originalDataSource: "ITJuzi via South China Morning Post, 2025-04-05",
  source: { url: "https://scmp.example/a", publisher: "South China Morning Post", publishedOn: "2025-04-05" },
  asOfLabel: "end of 2024",
  metric: "",
  valueText: null,
  scope: null,
};

/** ITJuzi's total and Hangzhou share, under the slugs a test names them by. */
export function itjuziReported(slugs: { total: string; hangzhou: string }): ReportedFigureInput[] {
  return [
    { ...itjuzi, slug: slugs.total, value: 85, unit: "companies", scopeCity: null },
    {
      ...itjuzi,
      slug: slugs.hangzhou,
      value: 45,
      unit: "percent",
      scopeCity: { slug: "hangzhou", nameEn: "Hangzhou" },
    },
  ];
}
