import "server-only";
import { z } from "zod";
import { storedName } from "@/lib/format/names";
import { toPinyin } from "@/lib/text/pinyin";
import { cityForm } from "@/lib/validation/city";
import { ensureNameFree, resolveSlug } from "../checks";
import { collect, defineEntity, live, namedView, referrer } from "./define";
import { recordWords } from "./words";

export const cities = defineEntity(cityForm, {
  key: "cities",
  model: "city",
  recordType: "CITY",
  citationType: "CITY",
  singular: "city",
  plural: "Cities",
  view: namedView.extend({ slug: z.string() }),
  async toColumns(tx, input, id) {
    await ensureNameFree(tx, "city", input, id);
    const slug = await resolveSlug(tx, "city", input.slug, [input.nameEn, input.nameZh], id);
    return { ...input, slug, pinyin: toPinyin(input.nameZh) };
  },
  display: (row, locale) => recordWords(locale).name(row),
  detail: (row) => (row.nameEn && row.nameZh ? row.nameZh : null),
  async referrers(tx, id) {
    return collect([
      referrer(tx.startup.count({ where: { cityId: id, ...live } }), ["start-up", "start-ups"], async () =>
        (await tx.startup.findMany({ where: { cityId: id, ...live }, take: 3, orderBy: { id: "asc" } })).map((s) => ({
          label: storedName(s),
          href: `/admin/startups/${s.id}/edit`,
        })),
      ),
      referrer(
        tx.reportedFigure.count({ where: { scopeCityId: id, ...live } }),
        ["reported figure", "reported figures"],
        async () =>
          (await tx.reportedFigure.findMany({ where: { scopeCityId: id, ...live }, take: 3 })).map((f) => ({
            label: f.metric,
            href: `/admin/reported-figures/${f.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/cities", `/cities/${row.slug}`],
  publicLink: (row) => `/cities/${row.slug}`,
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
});
