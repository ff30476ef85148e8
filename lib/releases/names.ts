// Release names: alumni-atlas-YYYY-MM-DD by the UTC day of the cut; a second release the same day
// is -2, a third -3 …

export const RELEASE_PREFIX = "alumni-atlas-";
export const RELEASE_NAME = /^alumni-atlas-\d{4}-\d{2}-\d{2}(-[1-9]\d*)?$/;

export function releaseName(day: string, existingThatDay: readonly string[]): string {
  const base = `${RELEASE_PREFIX}${day}`;
  if (!existingThatDay.includes(base)) return base;
  let suffix = 2;
  while (existingThatDay.includes(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

export type CitationFacts = { name: string; releasedOn: string; url: string };

/** The suggested citation printed on the download page and in the release's README. */
export function releaseCitation({ name, releasedOn, url }: CitationFacts): string {
  return `Alumni Atlas. AI start-ups founded by former Alibaba Group employees, dataset release ${name} (${releasedOn}). ${url}`;
}
