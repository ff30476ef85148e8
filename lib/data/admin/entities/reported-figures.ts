import "server-only";
import { z } from "zod";
import { FieldError } from "@/lib/forms/errors";
import { reportedFigureForm } from "@/lib/validation/reported-figure";
import { ensureLive, resolveSlug } from "../checks";
import { collect, dateOrNull, defineEntity, live, referrer } from "./define";

export const reportedFigures = defineEntity(reportedFigureForm, {
  key: "reported-figures",
  model: "reportedFigure",
  recordType: "REPORTED_FIGURE",
  citationType: "REPORTED_FIGURE",
  singular: "reported figure",
  plural: "Reported figures",
  include: { source: { select: { publisher: true } } },
  view: z.object({ metric: z.string(), asOfLabel: z.string() }),
  async toColumns(tx, input, id) {
    await ensureLive(tx, "source", input.sourceId, "sourceId");
    await ensureLive(tx, "city", input.scopeCityId, "scopeCityId");
    await ensureLive(tx, "reportedFigure", input.baseFigureId, "baseFigureId");
    if (id !== undefined && input.baseFigureId === id)
      throw new FieldError("baseFigureId", "cannot be the figure itself");
    const slug = await resolveSlug(tx, "reportedFigure", input.slug, [input.metric], id);
    return { ...input, slug, asOfDate: dateOrNull(input.asOfDate) };
  },
  display: (row) => `${row.metric} (${row.asOfLabel})`,
  async referrers(tx, id) {
    return collect([
      referrer(
        tx.reportedFigure.count({ where: { baseFigureId: id, ...live } }),
        ["figure that is a share of it", "figures that are shares of it"],
        async () =>
          (await tx.reportedFigure.findMany({ where: { baseFigureId: id, ...live }, take: 3 })).map((f) => ({
            label: f.metric,
            href: `/admin/reported-figures/${f.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: () => ["/"],
  searchColumns: ["metric", "slug", "scope", "originalDataSource"],
});
