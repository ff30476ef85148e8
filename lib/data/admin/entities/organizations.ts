import "server-only";
import { z } from "zod";
import { OrganizationKind } from "@/lib/generated/prisma/enums";
import { FieldError } from "@/lib/forms/errors";
import { storedName } from "@/lib/format/names";
import { toPinyin } from "@/lib/text/pinyin";
import { organizationForm } from "@/lib/validation/organization";
import { ensureLive, ensureNameFree, resolveSlug } from "../checks";
import { collect, defineEntity, live, namedView, referrer, relation } from "./define";
import { recordWords, type RecordWords } from "./words";

const unitName = z.object({ nameEn: z.string() });
// Three levels up: deep enough for the Alibaba unit tree, so a picker can show where a unit sits.
const parentView = relation(unitName.extend({ parent: relation(unitName.extend({ parent: relation(unitName) })) }));
type Parent = { nameEn: string; parent?: Parent | null } | null | undefined;

/** A unit's place in the tree, from the top: "in Alibaba Group › Alibaba Cloud". */
function treePath(parent: Parent, words: RecordWords): string | null {
  const names: string[] = [];
  for (let node = parent; node; node = node.parent) names.unshift(node.nameEn);
  return names.length > 0 ? words.t("unitPath", { path: names.join(" › ") }) : null;
}

export const organizations = defineEntity(organizationForm, {
  key: "organizations",
  model: "organization",
  recordType: "ORGANIZATION",
  citationType: "ORGANIZATION",
  singular: "organization",
  plural: "Organizations",
  include: {
    parent: { select: { nameEn: true, parent: { select: { nameEn: true, parent: { select: { nameEn: true } } } } } },
  },
  view: namedView.extend({ slug: z.string(), kind: z.enum(OrganizationKind), parent: parentView }),
  async toColumns(tx, input, id) {
    const parentId = input.parentId;
    await ensureLive(tx, "organization", parentId, "parentId");
    if (id !== undefined && parentId !== null) {
      // Walk up from the chosen parent: meeting this organization would make the unit tree a loop.
      let cursor: number | null = parentId;
      for (let depth = 0; cursor !== null && depth < 50; depth++) {
        if (cursor === id) throw new FieldError("parentId", "would put this organization inside itself");
        const parent: { parentId: number | null } | null = await tx.organization.findUnique({
          where: { id: cursor },
          select: { parentId: true },
        });
        cursor = parent?.parentId ?? null;
      }
    }
    await ensureNameFree(tx, "organization", input, id);
    const slug = await resolveSlug(tx, "organization", input.slug, [input.nameEn, input.nameZh], id);
    return { ...input, slug, pinyin: toPinyin(input.nameZh) };
  },
  display: (row, locale) => recordWords(locale).name(row),
  detail: (row, locale) => {
    const words = recordWords(locale);
    return [words.kind(row.kind), treePath(row.parent, words)].filter(Boolean).join(" · ");
  },
  async referrers(tx, id) {
    return collect([
      referrer(
        tx.organization.count({ where: { parentId: id, ...live } }),
        ["unit under it", "units under it"],
        async () =>
          (await tx.organization.findMany({ where: { parentId: id, ...live }, take: 3 })).map((o) => ({
            label: o.nameEn,
            href: `/admin/organizations/${o.id}/edit`,
          })),
      ),
      referrer(
        tx.employment.count({ where: { organizationId: id, ...live } }),
        ["employment", "employments"],
        async () =>
          (
            await tx.employment.findMany({ where: { organizationId: id, ...live }, take: 3, include: { person: true } })
          ).map((e) => ({
            label: storedName(e.person),
            href: `/admin/employments/${e.id}/edit`,
          })),
      ),
      referrer(
        tx.investment.count({ where: { organizationId: id, ...live } }),
        ["investment", "investments"],
        async () =>
          (await tx.investment.findMany({ where: { organizationId: id, ...live }, take: 3 })).map((i) => ({
            label: `investment #${i.id}`,
            href: `/admin/investments/${i.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/investors", `/investors/${row.slug}`],
  searchColumns: ["nameEn", "nameZh", "pinyin", "slug"],
  listsTree: true,
  async related(context) {
    const children = await context.db.organization.findMany({
      where: { parentId: context.id, ...live },
      orderBy: { nameEn: "asc" },
    });
    return [
      {
        title: "units",
        add: context.add("organizations", "unit", { ...context.prefill("parentId"), kind: context.view.kind }),
        items: children.map((o) => ({ label: o.nameEn, href: `/admin/organizations/${o.id}/edit` })),
      },
    ];
  },
});
