import type english from "../i18n/messages/en/charts.json";

// The shapes of the chart page's words that its client components receive as props (the server
// page translates them: next-intl's client runtime is not shipped). Types only: no messages are
// bundled by importing this.

export type ChartFormWords = (typeof english)["page"]["form"];
export type ChartWorkbenchWords = (typeof english)["page"]["workbench"];
export type EmbedCodeWords = (typeof english)["page"]["embed"];
