import "server-only";
import { z } from "zod";
import { storedName } from "@/lib/format/names";
import { toPinyin } from "@/lib/text/pinyin";
import { personForm } from "@/lib/validation/person";
import { resolveSlug } from "../checks";
import { collect, defineEntity, live, namedView, referrer } from "./define";
import { recordWords } from "./words";

const UNNAMED_PERSON_SLUG = "unnamed-person";

export const people = defineEntity(personForm, {
  key: "people",
  model: "person",
  recordType: "PERSON",
  citationType: "PERSON",
  singular: "person",
  plural: "People",
  view: namedView.extend({ slug: z.string() }),
  async toColumns(tx, input, id) {
    // An unnamed person's address is never made from their label: two "co-founder, name not
    // reported" would clash, and the label is a description, not a name to be found by.
    // A named person whose name makes no address (Arabic, Cyrillic) gets person-<time> as before.
    const named = Boolean(input.nameEn || input.nameZh);
    const slug = await resolveSlug(
      tx,
      "person",
      input.slug,
      named ? [input.nameEn, input.nameZh] : [UNNAMED_PERSON_SLUG],
      id,
    );
    return { ...input, slug, pinyin: toPinyin(input.nameZh) };
  },
  display: (row, locale) => recordWords(locale).name(row),
  detail: (row) => (row.nameEn && row.nameZh ? row.nameZh : null),
  async referrers(tx, id) {
    return collect([
      referrer(tx.founding.count({ where: { personId: id, ...live } }), ["founding", "foundings"], async () =>
        (await tx.founding.findMany({ where: { personId: id, ...live }, take: 3, include: { startup: true } })).map(
          (f) => ({
            label: storedName(f.startup),
            href: `/admin/foundings/${f.id}/edit`,
          }),
        ),
      ),
      referrer(tx.employment.count({ where: { personId: id, ...live } }), ["employment", "employments"], async () =>
        (
          await tx.employment.findMany({ where: { personId: id, ...live }, take: 3, include: { organization: true } })
        ).map((e) => ({
          label: e.organization.nameEn,
          href: `/admin/employments/${e.id}/edit`,
        })),
      ),
      referrer(tx.investment.count({ where: { personId: id, ...live } }), ["investment", "investments"], async () =>
        (await tx.investment.findMany({ where: { personId: id, ...live }, take: 3 })).map((i) => ({
          label: `investment #${i.id}`,
          href: `/admin/investments/${i.id}/edit`,
        })),
      ),
    ]);
  },
  publicPaths: (row) => ["/", "/founders", `/founders/${row.slug}`],
  publicLink: (row) => `/founders/${row.slug}`,
  searchColumns: ["nameEn", "nameZh", "label", "pinyin", "slug"],
  async related(context) {
    const { db, id } = context;
    const words = recordWords(context.locale);
    const [employments, foundings, investments] = await Promise.all([
      db.employment.findMany({
        where: { personId: id, ...live },
        include: { organization: true },
        orderBy: [{ startYear: "asc" }, { id: "asc" }],
      }),
      db.founding.findMany({ where: { personId: id, ...live }, include: { startup: true } }),
      db.investment.findMany({
        where: { personId: id, ...live },
        include: { round: { include: { startup: true } } },
        orderBy: { id: "asc" },
      }),
    ]);
    return [
      {
        title: "career",
        add: context.add("employments", "employment", context.prefill("personId")),
        items: employments.map((e) => ({
          label: `${e.organization.nameEn}${e.role ? ` · ${e.role}` : ""} · ${e.startYear ?? "?"}–${e.isCurrent ? words.now : (e.endYear ?? "?")}`,
          href: `/admin/employments/${e.id}/edit`,
        })),
      },
      {
        title: "startupsFounded",
        add: context.add("foundings", "founding", context.prefill("personId")),
        items: foundings.map((f) => ({ label: words.name(f.startup), href: `/admin/foundings/${f.id}/edit` })),
      },
      {
        title: "investments",
        add: context.add("investments", "investment", context.prefill("personId")),
        items: investments.map((i) => ({
          label: `${words.name(i.round.startup)} · ${words.stage(i.round.stage)}${i.isLead ? words.lead : ""}`,
          href: `/admin/investments/${i.id}/edit`,
        })),
      },
    ];
  },
});
