import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { alumniControlsIn, describeAlumniIn } from "@/components/startups/alumni-words";
import { alumniControls, describeAlumni, describeLeftOut, type AlumniDefinition } from "@/lib/charts/alumni";
import { messages } from "@/lib/i18n/messages";

const english = createTranslator({ locale: "en", messages: messages.en, namespace: "startups.alumni" });
const chinese = createTranslator({ locale: "zh", messages: messages.zh, namespace: "startups.alumni" });

const definitions: AlumniDefinition[] = [
  {},
  { tenure: 1 },
  { tenure: 5 },
  { leftWithin: 0 },
  { leftWithin: 1 },
  { tenure: 3, leftWithin: 2 },
];

describe("the alumni definition in the page's language", () => {
  it("says in English exactly what describeAlumni says, so English pages do not change", () => {
    for (const alumni of definitions)
      for (const unit of [null, "DAMO Academy"])
        expect(describeAlumniIn(english, alumni, unit), JSON.stringify({ alumni, unit })).toBe(
          describeAlumni(alumni, unit),
        );
    for (const count of [1, 4]) expect(english("leftOut", { count })).toBe(describeLeftOut(count));
  });

  it("gives the switch's menus the same values and, in English, the same words", () => {
    for (const alumni of definitions) expect(alumniControlsIn(english, alumni)).toEqual(alumniControls(alumni));
  });

  it("reads as Chinese in 中文", () => {
    expect(describeAlumniIn(chinese, { tenure: 5 })).toBe("校友 = 在阿里巴巴集团任职至少 5 年的创始人");
    expect(describeAlumniIn(chinese, {}, "达摩院")).toBe("校友 = 曾在达摩院（阿里巴巴集团）任职过的创始人");
    expect(describeAlumniIn(chinese, { tenure: 3, leftWithin: 2 })).toBe(
      "校友 = 在阿里巴巴集团任职至少 3 年，且离开阿里后 2 年内创业的创始人",
    );
    const [tenure, leftWithin] = alumniControlsIn(chinese, {});
    expect(tenure?.options[0]).toEqual({ value: "1", label: "至少 1 年" });
    expect(leftWithin?.options[0]).toEqual({ value: "0", label: "创业当年或之后离职" });
  });
});
