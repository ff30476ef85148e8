import "server-only";
import type { CitationRecordType, FoundingRole, FundingStage } from "@/lib/generated/prisma/enums";
import { storedName } from "@/lib/format/names";
import type { Locale } from "@/lib/i18n/locales";
import { foundingRoleLabel, stageLabel } from "@/lib/labels";
import { lowerStage, type Db, type RelatedContext, type RelatedGroup, type SourceChoice } from "./define";

/**
 * The words in related records' names, in the editor's language. English keeps the admin's terse
 * lower-case forms ("series a", "co-founder"); 中文 uses the site's own labels.
 */
export function relatedWords(locale: Locale) {
  const zh = locale === "zh";
  return {
    stage: (stage: FundingStage) => (zh ? stageLabel(stage, "zh") : lowerStage(stage)),
    role: (role: FoundingRole) => (zh ? foundingRoleLabel(role, "zh") : role.toLowerCase().replace("_", "-")),
    lead: zh ? "（领投）" : " (lead)",
    now: zh ? "至今" : "now",
    dateNotReported: zh ? "日期未报道" : "date not reported",
  };
}

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
  person: Parameters<typeof storedName>[0] | null;
};

/** A round's investors, with a form to add one prefilled with the round. */
export function investorsGroup(
  context: Pick<RelatedContext<unknown>, "add" | "sources" | "locale">,
  round: { id: number; label: string },
  investments: InvestmentItem[],
  sources: SourceChoice[] = context.sources,
): RelatedGroup {
  const words = relatedWords(context.locale);
  return {
    title: "investors",
    add: context.add("investments", "investor", { roundId: String(round.id), roundId__label: round.label }, sources),
    items: investments.map((i) => ({
      label: `${i.organization?.nameEn ?? (i.person ? storedName(i.person) : "?")}${i.isLead ? words.lead : ""}`,
      href: `/admin/investments/${i.id}/edit`,
    })),
  };
}
