export const CHART_KEYS = [
  "startups-by-city",
  "founded-per-year",
  "startups-by-sector",
  "startups-by-alibaba-unit",
  "funding-over-time",
  "top-investors",
  "years-at-alibaba",
] as const;

export type ChartKey = (typeof CHART_KEYS)[number];

export type FilterName = "city" | "sector" | "unit" | "years" | "stack" | "by";

export type ChartDefinition = {
  key: ChartKey;
  title: string;
  subtitle: string;
  /** One sentence for the charts index and link previews. */
  description: string;
  /** Caveats printed under the chart and baked into every export. */
  notes: string[];
  filters: FilterName[];
  /** What the years filter applies to on this chart. */
  years?: "founded" | "announced";
};

const common = {
  coverage:
    "Covers only start-ups with sourced records in this database, a researched subset of all AI start-ups founded by former Alibaba staff.",
};

export const CHARTS: Record<ChartKey, ChartDefinition> = {
  "startups-by-city": {
    key: "startups-by-city",
    title: "Where the start-ups are",
    subtitle:
      "Share of AI start-ups founded by former Alibaba staff, by city: tracked in this database beside the figure ITJuzi reported",
    description: "Cities of the tracked start-ups, with ITJuzi's reported Hangzhou share beside them.",
    notes: [
      common.coverage,
      "Reported and tracked figures count different sets of companies: ITJuzi's list behind its figure is not public.",
    ],
    filters: ["sector", "unit", "years"],
    years: "founded",
  },
  "founded-per-year": {
    key: "founded-per-year",
    title: "Start-ups founded per year",
    subtitle: "AI start-ups founded by former Alibaba staff, by year founded",
    description: "How many tracked start-ups were founded each year, optionally split by city or sector.",
    notes: [
      common.coverage,
      "Where sources disagree on a founding year, the year recorded in the database is used; the start-up's page shows both.",
    ],
    filters: ["city", "sector", "unit", "years", "stack"],
    years: "founded",
  },
  "startups-by-sector": {
    key: "startups-by-sector",
    title: "Start-ups by sector",
    subtitle: "AI start-ups founded by former Alibaba staff, by sector",
    description: "What the tracked start-ups work on.",
    notes: [common.coverage, "A start-up working in several sectors is counted in each of them."],
    filters: ["city", "unit", "years"],
    years: "founded",
  },
  "startups-by-alibaba-unit": {
    key: "startups-by-alibaba-unit",
    title: "Where in Alibaba the founders came from",
    subtitle: "AI start-ups by the Alibaba Group unit their founders had worked in, rolled up to top-level units",
    description: "The Alibaba units the founders worked in before they left.",
    notes: [
      common.coverage,
      "A start-up whose founders worked in several units is counted once in each of them.",
      "Sub-units (labs, teams) are counted under the top-level unit they belong to.",
    ],
    filters: ["city", "sector", "years"],
    years: "founded",
  },
  "funding-over-time": {
    key: "funding-over-time",
    title: "Funding rounds over time",
    subtitle: "Funding rounds of AI start-ups founded by former Alibaba staff, and the amounts disclosed in US dollars",
    description: "Rounds per year or per stage; undisclosed rounds counted, never summed.",
    notes: [
      common.coverage,
      "Undisclosed rounds, and amounts reported in another currency without a US-dollar figure, are counted but not summed.",
      "Where a round was reported as a range, the light part of the bar spans the low to the high end.",
    ],
    filters: ["city", "sector", "unit", "years", "by"],
    years: "announced",
  },
  "top-investors": {
    key: "top-investors",
    title: "Investors backing the most alumni start-ups",
    subtitle: "Investors by the number of AI start-ups founded by former Alibaba staff they have backed",
    description: "Which investors back the most start-ups founded by Alibaba alumni.",
    notes: [common.coverage, "Counts start-ups, not rounds: an investor in three rounds of one start-up counts once."],
    filters: ["city", "sector", "unit", "years"],
    years: "announced",
  },
  "years-at-alibaba": {
    key: "years-at-alibaba",
    title: "Years at Alibaba before founding",
    subtitle: "Founders of AI start-ups by the years they spent at Alibaba Group before their start-up was founded",
    description: "How long founders worked at Alibaba before starting their company.",
    notes: [
      common.coverage,
      "Only founders whose Alibaba start and end years and whose start-up's founding year are all known are counted.",
      "Calendar years (founding year minus the year they joined, or the year they left if earlier), so accurate to about a year.",
      "A founder of two start-ups is counted for each.",
    ],
    filters: ["city", "sector", "years"],
    years: "founded",
  },
};

export function isChartKey(value: string): value is ChartKey {
  return (CHART_KEYS as readonly string[]).includes(value);
}
