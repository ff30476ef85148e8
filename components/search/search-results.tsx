import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import type { SearchHit, SearchName, SearchResults } from "@/lib/data/search";
import { displayName, secondaryName } from "@/lib/format/names";
import type { Locale } from "@/lib/i18n/locales";

const GROUPS = ["startups", "people", "cities", "investors", "units"] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"search">>>;

/** Search matches grouped by kind; each links to its page (in the reader's language). */
export async function SearchResultGroups({ results }: { results: SearchResults }) {
  const [t, locale] = await Promise.all([getTranslations("search"), getLocale()]);
  const groups = GROUPS.filter((group) => results[group].length > 0);
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`} className="grid grid-cols-1 content-start gap-2">
          <h2 id={`group-${group}`} className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
            {t(`groups.${group}`)}
          </h2>
          <ul className="divide-y divide-rule overflow-hidden rounded-lg border border-rule bg-paper">
            {results[group].map((hit) => (
              <Hit key={hit.href} hit={hit} detail={detailLine(hit, t, locale)} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A city or start-up named in the detail line, as the reader's language names it. */
function shortName(record: SearchName, locale: Locale): string {
  return displayName(record, "other", locale);
}

/** The line under a match saying what it is: city and year, the start-ups founded, the kind. */
function detailLine(hit: SearchHit, t: Translate, locale: Locale): string | null {
  const { facts } = hit;
  switch (hit.kind) {
    case "startup": {
      const parts = [
        facts.city ? shortName(facts.city, locale) : null,
        facts.foundedYear !== null ? t("facts.founded", { year: String(facts.foundedYear) }) : null,
      ].filter((part) => part !== null);
      return parts.length > 0 ? parts.join(" · ") : null;
    }
    case "person":
      return facts.founderOf.length > 0
        ? t("facts.founderOf", {
            startups: facts.founderOf.map((startup) => shortName(startup, locale)).join(t("facts.listSeparator")),
          })
        : null;
    case "city":
      return facts.region;
    case "investor":
      return t("facts.investor");
    case "unit":
      return t("facts.unit");
  }
}

function Hit({ hit, detail, locale }: { hit: SearchHit; detail: string | null; locale: Locale }) {
  // The other language's name beside it: the Chinese on an English page, the English on a 中文 one.
  const secondary = secondaryName(hit, locale);
  return (
    <li className="relative px-4 py-2.5 hover:bg-canvas">
      <Link href={hit.href} className="font-medium after:absolute after:inset-0">
        {displayName(hit, hit.kind === "person" ? "person" : "other", locale)}
      </Link>
      {secondary ? (
        <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-ink-muted">
          {secondary}
        </span>
      ) : null}
      {detail ? <p className="text-xs text-ink-muted">{detail}</p> : null}
    </li>
  );
}
