import { displayName, isUnnamed } from "@/lib/format/names";
import type { Locale } from "@/lib/i18n/locales";
import { InEnglish } from "@/components/i18n/in-english";

type Person = { nameEn: string | null; nameZh: string | null; label?: string | null };

/**
 * A person's name in a public list. Someone no source names is shown by their label ("co-founder,
 * name not reported") in muted text, so it does not read as a name; it is their own words, kept as typed.
 */
export function PersonName({ person, locale }: { person: Person; locale: Locale }) {
  if (isUnnamed(person)) {
    return (
      <span data-testid="unnamed-person" className="font-normal text-ink-muted italic">
        <InEnglish>{person.label!}</InEnglish>
      </span>
    );
  }
  return displayName(person, "person", locale);
}
