import Link from "next/link";
import type { SearchHit, SearchResults } from "@/lib/data/search";
import { displayName, secondaryName } from "@/lib/format/names";

const GROUPS: { key: "startups" | "people" | "cities" | "investors" | "units"; title: string }[] = [
  { key: "startups", title: "Start-ups" },
  { key: "people", title: "People" },
  { key: "cities", title: "Cities" },
  { key: "investors", title: "Investors" },
  { key: "units", title: "Alibaba units" },
];

/** Search matches grouped by kind; each links to its page. */
export function SearchResultGroups({ results }: { results: SearchResults }) {
  const groups = GROUPS.filter((group) => results[group.key].length > 0);
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      {groups.map((group) => (
        <section
          key={group.key}
          aria-labelledby={`group-${group.key}`}
          className="grid grid-cols-1 content-start gap-2"
        >
          <h2 id={`group-${group.key}`} className="text-xs font-semibold tracking-wide text-ink-muted uppercase">
            {group.title}
          </h2>
          <ul className="divide-y divide-rule overflow-hidden rounded-lg border border-rule bg-paper">
            {results[group.key].map((hit) => (
              <Hit key={hit.href} hit={hit} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Hit({ hit }: { hit: SearchHit }) {
  return (
    <li className="relative px-4 py-2.5 hover:bg-canvas">
      <Link href={hit.href} className="font-medium after:absolute after:inset-0">
        {displayName(hit, hit.kind === "person" ? "person" : "other")}
      </Link>
      {secondaryName(hit) ? (
        <span lang="zh" className="ml-2 text-ink-muted">
          {secondaryName(hit)}
        </span>
      ) : null}
      {hit.detail ? <p className="text-xs text-ink-muted">{hit.detail}</p> : null}
    </li>
  );
}
