/** The years of a job as reported, never guessing an end that was not reported. */
export function formatCareerYears(step: {
  startYear: number | null;
  endYear: number | null;
  isCurrent: boolean;
}): string {
  const start = step.startYear === null ? null : String(step.startYear);
  if (step.isCurrent) return start ? `${start} – present` : "Current; start year not reported";
  if (step.endYear !== null)
    return start
      ? start === String(step.endYear)
        ? start
        : `${start}–${step.endYear}`
      : `Until ${step.endYear}; start year not reported`;
  // endYear null and not current: they left, but when was not reported.
  return start ? `${start} – left, year not reported` : "Years not reported";
}
