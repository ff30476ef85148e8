import "server-only";
import { z } from "zod";
import { storedName } from "@/lib/format/names";
import { toPinyin } from "@/lib/text/pinyin";
import { startupForm } from "@/lib/validation/startup";
import { ensureLive, ensureNameFree, resolveSlug } from "../checks";
import { collect, dateOrNull, defineEntity, live, namedView, referrer, relation } from "./define";
import { fundingRounds } from "./funding-rounds";
import { distinctSources, investorsGroup, sourcesCitedOn } from "./related";
import { recordWords } from "./words";

export const startups = defineEntity(startupForm, {
  key: "startups",
  model: "startup",
  recordType: "STARTUP",
  citationType: "STARTUP",
  singular: "start-up",
  plural: "Start-ups",
  include: { city: { select: { nameEn: true, nameZh: true } } },
  view: namedView.extend({
    slug: z.string(),
    city: relation(z.object({ nameEn: z.string(), nameZh: z.string().nullish() })),
  }),
  async toColumns(tx, input, id) {
    await ensureLive(tx, "city", input.cityId, "cityId");
    await ensureNameFree(tx, "startup", input, id);
    const slug = await resolveSlug(tx, "startup", input.slug, [input.nameEn, input.nameZh, input.label], id);
    return {
      ...input,
      slug,
      pinyin: toPinyin(input.nameZh),
      foundedDate: dateOrNull(input.foundedDate),
    };
  },
  display: (row, locale) => recordWords(locale).name(row),
  // In 中文 the city by its Chinese name, when it has one.
  detail: (row, locale) =>
    [
      row.nameZh && row.nameEn ? row.nameZh : null,
      locale === "zh" ? (row.city?.nameZh ?? row.city?.nameEn) : row.city?.nameEn,
    ]
      .filter(Boolean)
      .join(" · ") || null,
  async referrers(tx, id) {
    return collect([
      referrer(tx.founding.count({ where: { startupId: id, ...live } }), ["founding", "foundings"], async () =>
        (await tx.founding.findMany({ where: { startupId: id, ...live }, take: 3, include: { person: true } })).map(
          (f) => ({
            label: storedName(f.person),
            href: `/admin/foundings/${f.id}/edit`,
          }),
        ),
      ),
      referrer(
        tx.fundingRound.count({ where: { startupId: id, ...live } }),
        ["funding round", "funding rounds"],
        async () =>
          (await tx.fundingRound.findMany({ where: { startupId: id, ...live }, take: 3 })).map((r) => ({
            label: r.stage,
            href: `/admin/funding-rounds/${r.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/startups", `/startups/${row.slug}`, "/cities"],
  publicLink: (row) => `/startups/${row.slug}`,
  searchColumns: ["nameEn", "nameZh", "label", "pinyin", "slug"],
  async related(context) {
    const { db, id } = context;
    const [foundings, rounds] = await Promise.all([
      db.founding.findMany({
        where: { startupId: id, ...live },
        include: { person: true },
        orderBy: { id: "asc" },
      }),
      db.fundingRound.findMany({
        where: { startupId: id, ...live },
        include: {
          startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } },
          investments: { where: live, include: { organization: true, person: true }, orderBy: { id: "asc" } },
        },
        // Undated rounds after the dated ones.
        orderBy: [{ announcedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      }),
    ]);
    const words = recordWords(context.locale);
    const roundSources = await sourcesCitedOn(
      db,
      "FUNDING_ROUND",
      rounds.map((r) => r.id),
    );
    return [
      {
        title: "founders",
        add: { ...context.add("foundings", "founder", context.prefill("startupId")), entry: "founder" },
        items: foundings.map((f) => ({
          label: `${words.name(f.person)} · ${words.role(f.role)}`,
          href: `/admin/foundings/${f.id}/edit`,
        })),
      },
      {
        title: "fundingRounds",
        add: { ...context.add("funding-rounds", "fundingRound", context.prefill("startupId")), entry: "round" },
        items: rounds.map((r) => ({
          label: `${words.stage(r.stage)}${r.stageLabel ? words.t("stageAsReported", { label: r.stageLabel }) : ""} · ${r.announcedOn ? words.month(r.announcedOn) : words.dateNotReported}`,
          href: `/admin/funding-rounds/${r.id}/edit`,
          groups: [
            investorsGroup(
              context,
              { id: r.id, label: fundingRounds.display(r, context.locale) },
              r.investments,
              distinctSources(roundSources.get(r.id) ?? [], context.sources),
            ),
          ],
        })),
      },
    ];
  },
});
