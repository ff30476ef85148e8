import type { z } from "zod";
import enAdminForms from "./messages/en/adminForms.json";
import zhAdminForms from "./messages/zh/adminForms.json";
import type { Locale } from "./locales";
import { labelsFor, stageLabel, type EnumLabels } from "../labels";
import { sourceKindLabel } from "../sources/kinds";
import { SOURCE_KIND_WORDS } from "../sources/policy";
import { FundingStage, type SourceKind } from "../generated/prisma/enums";
import type { Referrer } from "../forms/form-state";
import type { EntryPart } from "../validation/entries";
import { entityKeys, type EntityKey, type FieldSpec, type FormDefinition, type Option } from "../validation/form-spec";
import { recordForms } from "../validation/record-forms";
import { REPORTED_AMOUNT_EXAMPLES } from "../text/reported-amount";

/*
 * The admin's record forms in the editor's language. A form's spec (lib/validation) is written once,
 * in English, and read by the browser and the server alike; in another language its words are swapped
 * for that language's from the `adminForms` messages, field by field, before the form is drawn. English
 * forms are the specs themselves, untouched.
 *
 * What the schemas and the data layer say (field errors, refusals) is English too, written where the
 * rule is. In another language each message is matched against the English templates of the
 * `adminForms` messages ("must be at most {max} characters") and said with that language's template,
 * its arguments translated in turn ("choose {what}" → "请选择{what}", what = "a city" → "城市"). A
 * message no template knows stays as written: a rule added without its 中文 words still reads, in English.
 */

type AdminFormsMessages = typeof enAdminForms;
type FieldWords = { label: string; hint?: string; blank?: string };

const byLocale: Record<Locale, AdminFormsMessages> = { en: enAdminForms, zh: zhAdminForms as AdminFormsMessages };

/** The `adminForms` messages of a language, for code outside React (the server action, the tests). */
export function adminFormsMessages(locale: Locale): AdminFormsMessages {
  return byLocale[locale];
}

/** Enum options whose words the public pages already keep (lib/labels.ts): not repeated in the messages. */
const enumOptionLabels: Partial<Record<EntityKey, Record<string, keyof EnumLabels>>> = {
  startups: { sectors: "sector", status: "status", confidence: "confidence" },
  organizations: { kind: "organizationKind" },
  foundings: { role: "foundingRole", confidence: "confidence" },
  "funding-rounds": { stage: "stage" },
};

function optionsIn(entity: EntityKey, field: FieldSpec, locale: Locale): readonly Option[] | undefined {
  if (!field.options) return undefined;
  const labels = labelsFor(locale) as Record<keyof EnumLabels, Record<string, string>>;
  const shared = enumOptionLabels[entity]?.[field.name];
  if (shared) return field.options.map((o) => ({ value: o.value, label: labels[shared][o.value] ?? o.label }));
  if (entity === "sources" && field.name === "kind")
    return field.options.map((o) => ({ value: o.value, label: sourceKindLabel(o.value as SourceKind, locale) }));
  const own = (byLocale[locale].options as Record<string, Record<string, Record<string, string>> | undefined>)[
    entity
  ]?.[field.name];
  return field.options.map((o) => ({ value: o.value, label: own?.[o.value] ?? o.label }));
}

function localizeField(entity: EntityKey, field: FieldSpec, locale: Locale): FieldSpec {
  const words = (byLocale[locale].fields as Record<string, Record<string, FieldWords | undefined>>)[entity]?.[
    field.name
  ];
  if (!words) return field;
  const hint = words.hint?.replace("{examples}", REPORTED_AMOUNT_EXAMPLES);
  return {
    ...field,
    label: words.label,
    ...(field.hint && hint ? { hint } : {}),
    ...(field.blankOption && words.blank ? { blankOption: words.blank } : {}),
    ...(field.options ? { options: optionsIn(entity, field, locale) } : {}),
  };
}

const localized = new Map<string, FormDefinition>();

/** A record form with its words in the language: labels, hints, options, its citable fields and its name. */
export function localizedForm(entity: EntityKey, locale: Locale): FormDefinition {
  const form = recordForms[entity];
  if (locale === "en") return form;
  const key = `${locale}:${entity}`;
  const cached = localized.get(key);
  if (cached) return cached;
  const fields = form.fields.map((field) => localizeField(entity, field, locale));
  const labelOf = (name: string) => fields.find((f) => f.name === name || f.name === `${name}Id`)?.label;
  const result: FormDefinition = {
    ...form,
    singular: byLocale[locale].entities[entity],
    fields,
    citationFields: form.citationFields.map((option) => ({ ...option, label: labelOf(option.value) ?? option.label })),
  };
  localized.set(key, result);
  return result;
}

/** An entity's name in the singular ("start-up", 中文 "初创公司"). */
export function entitySingular(entity: EntityKey, locale: Locale): string {
  return locale === "en" ? recordForms[entity].singular : byLocale[locale].entities[entity];
}

/** The entity whose form a part of an entry is. */
function entityOfForm(form: FormDefinition): EntityKey | undefined {
  return entityKeys.find((key) => recordForms[key] === form);
}

/** An entry's parts with their titles and fields in the language ("Job 1" → 第 1 段任职). */
export function localizedEntryParts(parts: readonly EntryPart[], locale: Locale): EntryPart[] {
  if (locale === "en") return [...parts];
  return parts.map((part) => {
    const entity = entityOfForm(part.form);
    if (!entity) return part;
    const form = localizedForm(entity, locale);
    return {
      ...part,
      title: part.title ? localizeAdminMessage(part.title, locale) : part.title,
      form,
      fields: part.fields.map((field) => form.fields.find((f) => f.name === field.name) ?? field),
    };
  });
}

// ---- Messages said in English by the schemas and the data layer -----------------------------------

type Tree = { [key: string]: string | Tree };
type Template = { pattern: RegExp; names: string[]; target: string; literal: number };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Arguments that hold several messages in a row, translated one by one: the source policy's
 * refusal lists its violations as sentences, a violation the kinds of its sources ("aggregator and
 * mirror or copy"), a refused restore the fields that fail ("nameEn is required; slug …").
 */
const LIST_ARGUMENTS: Record<
  string,
  { split: RegExp; join: Record<Locale, string>; item?: RegExp; say?: (text: string, locale: Locale) => string }
> = {
  sentences: { split: /(?<=\.)\s+/, join: { en: " ", zh: "" } },
  kinds: { split: / and /, join: { en: " and ", zh: "、" } },
  // "field message, message": the field's name kept, its messages translated.
  problems: { split: /; /, join: { en: "; ", zh: "；" }, item: /^(\S+) ([\s\S]+)$/ },
  // A refusal to delete counts what still points at the record: "2 foundings, 1 funding round".
  list: {
    split: /, /,
    join: { en: ", ", zh: "、" },
    item: /^(\d+) ([\s\S]+)$/,
    say: (label, locale) => localizeReferrerLabel(label, locale),
  },
};

type Table = { exact: Map<string, string>; templates: Template[] };

/** Where the data layer's own messages are: refusals and their words. */
const MESSAGE_SUBTREES = ["validation", "amounts", "refusals", "outcomes", "words", "groups", "entities", "entryParts"];
/** Where the stored change summaries are, with the words their arguments use. */
const SUMMARY_SUBTREES = ["summaries", "words", "entities"];
/** The app's own names for who made a change (an account's name is its own). */
const ACTOR_SUBTREES = ["actors"];
/** The examples a refusal to delete gives of what still points at the record, with the kinds they name. */
const EXAMPLE_SUBTREES = ["referrerExamples", "entities", "words"];

function compile(locale: Locale, subtrees: readonly string[]): Table {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  const english = enAdminForms as unknown as Tree;
  const target = byLocale[locale] as unknown as Tree;
  // The kinds of source as the source policy names them, in the words the public pages use.
  for (const [kind, words] of Object.entries(SOURCE_KIND_WORDS))
    exact.set(words, sourceKindLabel(kind as SourceKind, locale));
  // A round named by its stage as stored (SERIES_A), as the public pages name it.
  if (subtrees.includes("referrerExamples"))
    for (const stage of Object.values(FundingStage)) exact.set(stage, stageLabel(stage, locale));
  for (const subtree of subtrees) {
    for (const [path, source] of leaves(english[subtree] as Tree, `${subtree}.`)) {
      const said = lookup(target, path);
      if (!said) continue;
      const names = [...source.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
      if (names.length === 0) {
        exact.set(source, said);
        continue;
      }
      const pattern = new RegExp(
        `^${source
          .split(/\{\w+\}/)
          .map(escapeRegExp)
          .join("([\\s\\S]+?)")}$`,
      );
      templates.push({ pattern, names, target: said, literal: source.replace(/\{\w+\}/g, "").length });
    }
  }
  // The most specific template first: "must be at most {max} characters" before "must be {what}".
  templates.sort((a, b) => b.literal - a.literal);
  return { exact, templates };
}

const compiled = new Map<string, Table>();

function tableOf(locale: Locale, subtrees: readonly string[]): Table {
  const key = `${locale}:${subtrees.join()}`;
  let table = compiled.get(key);
  if (!table) {
    table = compile(locale, subtrees);
    compiled.set(key, table);
  }
  return table;
}

function translateArgument(name: string, argument: string, table: Table, locale: Locale, depth: number): string {
  const list = LIST_ARGUMENTS[name];
  if (!list) return translate(argument, table, locale, depth + 1) ?? argument;
  return argument
    .split(list.split)
    .map((item) => {
      const parts = list.item?.exec(item);
      if (!parts) return translate(item, table, locale, depth + 1) ?? item;
      // A field's messages are joined by commas, which a message may hold too: whole first, then each.
      const rest = parts[2] ?? "";
      if (list.say) return `${parts[1]} ${list.say(rest, locale)}`;
      const said =
        translate(rest, table, locale, depth + 1) ??
        rest
          .split(", ")
          .map((one) => translate(one, table, locale, depth + 1) ?? one)
          .join(locale === "zh" ? "，" : ", ");
      return `${parts[1]} ${said}`;
    })
    .join(list.join[locale]);
}

function translate(message: string, table: Table, locale: Locale, depth: number): string | null {
  const known = table.exact.get(message);
  if (known !== undefined) return known;
  if (depth > 3) return null;
  for (const template of table.templates) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(
      template.names.map((name, i) => [name, translateArgument(name, match[i + 1] ?? "", table, locale, depth)]),
    );
    return template.target.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  }
  return null;
}

/** A message the schemas or the data layer said in English, in the language (as written if unknown). */
export function localizeAdminMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  return (
    translate(message, tableOf(locale, MESSAGE_SUBTREES), locale, 0) ??
    (/^Invalid\b/.test(message) ? byLocale[locale].validation.invalid : message)
  );
}

/**
 * A change's summary as the history stores it (in English, as the Atom feed and the API give it), in
 * the language: matched against the English templates of `adminForms.summaries`; unknown text as written.
 */
export function localizeChangeSummary(summary: string, locale: Locale): string {
  if (locale === "en") return summary;
  return translate(summary, tableOf(locale, SUMMARY_SUBTREES), locale, 0) ?? summary;
}

/** Every field error in the language. */
export function localizeFieldErrors(errors: Record<string, string[]>, locale: Locale): Record<string, string[]> {
  if (locale === "en") return errors;
  return Object.fromEntries(
    Object.entries(errors).map(([field, messages]) => [field, messages.map((m) => localizeAdminMessage(m, locale))]),
  );
}

/** For parseWith: a zod issue in the language (undefined in English: the schema's own words). */
export function adminIssueWording(locale: Locale): ((issue: z.core.$ZodIssue) => string) | undefined {
  return locale === "en" ? undefined : (issue) => localizeAdminMessage(issue.message, locale);
}

/** The kinds of record that can hold on to another, as the data layer names them (referrer words). */
const REFERRER_KINDS: Record<string, EntityKey> = {
  "start-up": "startups",
  founding: "foundings",
  employment: "employments",
  "funding round": "funding-rounds",
  investment: "investments",
  citation: "citations",
  "reported figure": "reported-figures",
  "exchange rate": "exchange-rates",
};

/** Referrer words that are not a kind of record's name. */
const REFERRER_PHRASES: Record<string, Partial<Record<Locale, string>>> = {
  "unit under it": { zh: "下属单位" },
  "units under it": { zh: "下属单位" },
  "figure that is a share of it": { zh: "以其为基数的报道数据" },
  "figures that are shares of it": { zh: "以其为基数的报道数据" },
};

/**
 * What still points at a record, as a refusal to delete lists it, in the language: the kind ("2 创办关系")
 * and the examples' names where the data layer made them up ("investment #3" → "投资 #3"); records' own
 * names stay as written.
 */
export function localizeReferrer(referrer: Referrer, locale: Locale): Referrer {
  if (locale === "en") return referrer;
  const table = tableOf(locale, EXAMPLE_SUBTREES);
  return {
    ...referrer,
    label: localizeReferrerLabel(referrer.label, locale),
    examples: referrer.examples.map((example) => ({
      ...example,
      label: translate(example.label, table, locale, 0) ?? example.label,
    })),
  };
}

/** "2 foundings" as a refusal to delete lists them, in the language ("2 创办关系"). */
export function localizeReferrerLabel(label: string, locale: Locale): string {
  if (locale === "en") return label;
  const kind = REFERRER_KINDS[label] ?? REFERRER_KINDS[label.replace(/s$/, "")];
  return kind ? entitySingular(kind, locale) : (REFERRER_PHRASES[label]?.[locale] ?? label);
}

/** Who made a change, as the history names them: the app itself ("system (demo)") in the language, an account as named. */
export function localizeActorName(name: string, locale: Locale): string {
  if (locale === "en") return name;
  return translate(name, tableOf(locale, ACTOR_SUBTREES), locale, 0) ?? name;
}
