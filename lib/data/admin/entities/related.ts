import "server-only";
import type { CitationRecordType } from "@/lib/generated/prisma/enums";
import type { Db, RelatedContext, RelatedGroup, SourceChoice } from "./define";
import { recordWords } from "./words";

/** The live sources cited on each of these records, by record id. */
export async function sourcesCitedOn(
  db: Db,
  recordType: CitationRecordType,
  recordIds: number[],
): Promise<Map<number, SourceChoice[]>> {
  const citations =
    recordIds.length === 0
      ? []
      : await db.citation.findMany({
          where: { recordType, recordId: { in: recordIds }, deletedAt: null, source: { deletedAt: null } },
          include: { source: { select: { id: true, publisher: true, title: true, url: true } } },
          orderBy: { id: "asc" },
        });
  const bySource = new Map<number, SourceChoice[]>();
  for (const citation of citations) {
    const list = bySource.get(citation.recordId) ?? [];
    if (!list.some((source) => source.id === citation.source.id))
      list.push({
        id: citation.source.id,
        label: `${citation.source.publisher}: ${citation.source.title ?? citation.source.url}`,
      });
    bySource.set(citation.recordId, list);
  }
  return bySource;
}

export const distinctSources = (...lists: SourceChoice[][]): SourceChoice[] => {
  const seen = new Set<number>();
  return lists.flat().filter((source) => !seen.has(source.id) && seen.add(source.id));
};

type InvestmentItem = {
  id: number;
  isLead: boolean;
  organization: { nameEn: string } | null;
  person: { nameEn: string | null; nameZh: string | null; label: string | null } | null;
};

/** A round's investors, with a form to add one prefilled with the round. */
export function investorsGroup(
  context: Pick<RelatedContext<unknown>, "add" | "sources" | "locale">,
  round: { id: number; label: string },
  investments: InvestmentItem[],
  sources: SourceChoice[] = context.sources,
): RelatedGroup {
  const words = recordWords(context.locale);
  return {
    title: "investors",
    add: context.add("investments", "investor", { roundId: String(round.id), roundId__label: round.label }, sources),
    items: investments.map((i) => ({
      label: `${i.organization?.nameEn ?? (i.person ? words.name(i.person) : "?")}${i.isLead ? words.lead : ""}`,
      href: `/admin/investments/${i.id}/edit`,
    })),
  };
}
