/**
 * Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/). "Tracked" and
 * "reported" keep the colours the rest of the site gives them (app/globals.css).
 */
export const OKABE_ITO = {
  blue: "#0072b2",
  vermillion: "#d55e00",
  orange: "#e69f00",
  bluishGreen: "#009e73",
  reddishPurple: "#cc79a7",
  skyBlue: "#56b4e9",
  yellow: "#f0e442",
  black: "#000000",
} as const;

export const TRACKED_COLOR = OKABE_ITO.blue;
export const REPORTED_COLOR = OKABE_ITO.vermillion;
/** For "other" and "not reported" buckets: present, but not competing with the named categories. */
export const MUTED_COLOR = "#9a9a9a";
/** The lighter part of a range bar: the span between the low and high ends of reported ranges. */
export const RANGE_COLOR = "#9ccbe6";

/** Colours for stacked categories, in order; yellow last because it is faint on white. */
export const CATEGORY_COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.vermillion,
  OKABE_ITO.yellow,
] as const;
