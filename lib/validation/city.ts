import { z } from "zod";
import { limits, optionalCoordinate, optionalSlug, optionalText, requiredText } from "./fields";
import { citableFields, type FieldSpec, type FormDefinition } from "./form-spec";

export const cityFormSchema = z
  .object({
    nameEn: requiredText(limits.name),
    nameZh: optionalText(limits.name),
    slug: optionalSlug(),
    region: optionalText(limits.name),
    country: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
      z.string({ error: "is required" }).regex(/^[A-Z]{2}$/, "must be a two-letter country code such as CN or US"),
    ),
    latitude: optionalCoordinate(90),
    longitude: optionalCoordinate(180),
  })
  .superRefine((value, ctx) => {
    if ((value.latitude === null) !== (value.longitude === null)) {
      ctx.addIssue({
        code: "custom",
        path: [value.latitude === null ? "latitude" : "longitude"],
        message: "give both latitude and longitude, or neither",
      });
    }
  });

export type CityFormInput = z.infer<typeof cityFormSchema>;

const cityFields: FieldSpec[] = [
  { name: "nameEn", label: "English name", kind: "text", required: true },
  { name: "nameZh", label: "Chinese name", kind: "text", lang: "zh", hint: "e.g. 杭州" },
  { name: "slug", label: "URL name", kind: "slug", slugFrom: ["nameEn", "nameZh"] },
  { name: "region", label: "Province or state", kind: "text" },
  { name: "country", label: "Country code", kind: "text", required: true, hint: "Two letters: CN, US, SG…" },
  { name: "latitude", label: "Latitude", kind: "text" },
  { name: "longitude", label: "Longitude", kind: "text" },
];

export const cityForm: FormDefinition<typeof cityFormSchema> = {
  singular: "city",
  defaults: { country: "CN" },
  createInPlace: true,
  schema: cityFormSchema,
  fields: cityFields,
  citationFields: citableFields(cityFields, []),
};
