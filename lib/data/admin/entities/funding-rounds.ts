import "server-only";
import { z } from "zod";
import { fundingRoundForm } from "@/lib/validation/funding-round";
import { ensureLive } from "../checks";
import {
  defineEntity,
  live,
  lowerStage,
  namedView,
  noReferrers,
  relation,
  reportedDateOrNull,
  startupNameSearch,
} from "./define";
import { investorsGroup } from "./related";
import { recordWords } from "./words";

export const fundingRounds = defineEntity(fundingRoundForm, {
  key: "funding-rounds",
  model: "fundingRound",
  recordType: "FUNDING_ROUND",
  citationType: "FUNDING_ROUND",
  singular: "funding round",
  plural: "Funding rounds",
  include: { startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } } },
  view: z.object({
    startup: relation(namedView.extend({ slug: z.string() })),
    announcedOn: z.date().nullable(),
    stage: z.string(),
    stageLabel: z.string().nullable(),
  }),
  async toColumns(tx, input) {
    await ensureLive(tx, "startup", input.startupId, "startupId");
    const exact = input.amountKind === "EXACT";
    return {
      ...input,
      announcedOn: reportedDateOrNull(input.announcedOn, input.datePrecision),
      announcedUntil: reportedDateOrNull(input.announcedUntil, input.untilPrecision),
      amountHigh: exact ? input.amountLow : input.amountHigh,
    };
  },
  display: (row, locale) => {
    const words = recordWords(locale);
    const stage = words.stage(row.stage);
    // The stage as the source reported it tells apart two rounds that map to the same stage.
    const reported =
      row.stageLabel && row.stageLabel.toLowerCase() !== lowerStage(row.stage) && row.stageLabel !== stage
        ? words.t("stageAsReported", { label: row.stageLabel })
        : "";
    return words.t("fundingRound", {
      startup: words.name(row.startup),
      stage,
      reported,
      when: row.announcedOn ? words.month(row.announcedOn) : words.dateNotReported,
    });
  },
  referrers: noReferrers,
  publicPaths: (row) => ["/", "/investors", ...(row.startup ? [`/startups/${row.startup.slug}`] : [])],
  searchColumns: ["stageLabel", "note"],
  relationSearch: (q) => [{ startup: { OR: startupNameSearch(q) } }],
  async related(context) {
    const investments = await context.db.investment.findMany({
      where: { roundId: context.id, ...live },
      include: { organization: true, person: true },
      orderBy: { id: "asc" },
    });
    return [investorsGroup(context, { id: context.id, label: context.label }, investments)];
  },
  // A round's investments are part of the round: deleted and restored with it.
  dependents: {
    remove: (tx, id, at) =>
      tx.investment.updateMany({
        where: { roundId: id, deletedAt: null },
        data: { deletedAt: at, version: { increment: 1 } },
      }),
    restore: (tx, id, deletedAt) =>
      tx.investment.updateMany({
        where: { roundId: id, deletedAt },
        data: { deletedAt: null, version: { increment: 1 } },
      }),
  },
});
