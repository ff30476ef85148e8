import "server-only";
import { z } from "zod";
import { storedName } from "@/lib/format/names";
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
  display: (row) => {
    const when = row.announcedOn ? row.announcedOn.toISOString().slice(0, 7) : "date not reported";
    const stage = lowerStage(row.stage);
    // The stage as the source reported it tells apart two rounds that map to the same stage.
    const reported = row.stageLabel && row.stageLabel.toLowerCase() !== stage ? ` (“${row.stageLabel}”)` : "";
    return `${storedName(row.startup)} · ${stage}${reported} · ${when}`;
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
