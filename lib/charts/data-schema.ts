import { z } from "zod";
import { Sector } from "../generated/prisma/enums";
import { locales } from "../i18n/locales";
import { CHART_KEYS } from "./definition";
import type { ChartFilters } from "./request";
import type { ChartData } from "./types";

// A chart's data read back from where it was stored as JSON (a pinned snapshot): checked against
// the shape the chart was written in, not asserted to have it. Typed against ChartData, so the two
// cannot drift apart.

const filtersSchema: z.ZodType<ChartFilters> = z.object({
  city: z.string().optional(),
  sector: z.enum(Sector).optional(),
  unit: z.string().optional(),
  from: z.number().optional(),
  to: z.number().optional(),
  stack: z.enum(["city", "sector"]).optional(),
  by: z.literal("stage").optional(),
  tenure: z.number().optional(),
  leftWithin: z.number().optional(),
});

const panelSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  layout: z.enum(["bars", "columns"]),
  stacked: z.boolean(),
  valueAxisLabel: z.string(),
  valueFormat: z.enum(["integer", "percent", "usd"]),
  categoryAxisLabel: z.string().optional(),
  locale: z.enum(locales).optional(),
  series: z.array(
    z.object({ key: z.string(), label: z.string(), color: z.string(), role: z.literal("range").optional() }),
  ),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      href: z.string().optional(),
      values: z.record(z.string(), z.number().nullable()),
      valueLabels: z.record(z.string(), z.string()).optional(),
      muted: z.boolean().optional(),
    }),
  ),
});

export const chartDataSchema: z.ZodType<ChartData> = z.object({
  key: z.enum(CHART_KEYS),
  title: z.string(),
  subtitle: z.string(),
  notes: z.array(z.string()),
  sourceLine: z.string(),
  sources: z.array(z.object({ label: z.string(), url: z.string().optional() })),
  asOf: z.string().nullable(),
  generatedAt: z.string(),
  filters: filtersSchema,
  alumniDefinition: z.string().optional(),
  filterSummary: z.string().nullable(),
  population: z.object({ n: z.number(), unit: z.string() }),
  panels: z.array(panelSchema),
  altText: z.string(),
  table: z.object({
    columns: z.array(z.object({ key: z.string(), label: z.string(), numeric: z.boolean() })),
    rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  }),
  emptyMessage: z.string().nullable(),
  snapshot: z.object({ id: z.string(), createdAt: z.string() }).optional(),
  version: z.string().optional(),
  locale: z.enum(locales).optional(),
});
