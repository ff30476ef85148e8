import { describe, expect, it } from "vitest";
import { languageAlternates } from "@/lib/i18n/alternates";
import { localizedPath, splitLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments and rich-text tags a message uses: {name}, {count, plural, …}, <link>. */
function placeholders(message: string): string[] {
  const names = [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...message.matchAll(/<([A-Za-z][\w]*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

describe("messages", () => {
  const english = leaves(messages.en as unknown as Tree);
  const chinese = leaves(messages.zh as unknown as Tree);

  it("has every English message in 中文, and nothing English lacks", () => {
    expect([...english.keys()].filter((key) => !chinese.has(key))).toEqual([]);
    expect([...chinese.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("has no empty message", () => {
    for (const [key, value] of [...english, ...chinese]) expect(value.trim(), key).not.toBe("");
  });

  it("uses the same arguments and tags in both languages", () => {
    for (const [key, value] of english) expect(placeholders(chinese.get(key) ?? ""), key).toEqual(placeholders(value));
  });
});

describe("locale paths", () => {
  it("prefixes 中文 addresses with /zh and leaves English ones as they were", () => {
    expect(localizedPath("/startups/rokid", "en")).toBe("/startups/rokid");
    expect(localizedPath("/startups/rokid", "zh")).toBe("/zh/startups/rokid");
    expect(localizedPath("/", "zh")).toBe("/zh");
    expect(localizedPath("/?city=hangzhou", "zh")).toBe("/zh?city=hangzhou");
  });

  it("reads the locale from a whole first segment only", () => {
    expect(splitLocale("/zh")).toEqual({ locale: "zh", path: "/" });
    expect(splitLocale("/zh?q=1")).toEqual({ locale: "zh", path: "/?q=1" });
    expect(splitLocale("/zh/startups?sort=name")).toEqual({ locale: "zh", path: "/startups?sort=name" });
    expect(splitLocale("/zhejiang")).toEqual({ locale: "en", path: "/zhejiang" });
    expect(splitLocale("/startups")).toEqual({ locale: "en", path: "/startups" });
  });

  it("gives hreflang alternates for both languages, keeping filters and dropping the framework's _rsc", () => {
    expect(languageAlternates("/zh/startups?city=hangzhou&_rsc=abc")).toEqual({
      canonical: "/zh/startups?city=hangzhou",
      languages: {
        en: "/startups?city=hangzhou",
        "zh-Hans": "/zh/startups?city=hangzhou",
        "x-default": "/startups?city=hangzhou",
      },
    });
    expect(languageAlternates("/").languages).toEqual({ en: "/", "zh-Hans": "/zh", "x-default": "/" });
  });
});

describe("localizedPath leaves alone", () => {
  it("fragments, other sites and addresses already in a language", () => {
    expect(localizedPath("#sources", "zh")).toBe("#sources");
    expect(localizedPath("https://example.com/a", "zh")).toBe("https://example.com/a");
    expect(localizedPath("//cdn.example.com/a", "zh")).toBe("//cdn.example.com/a");
    expect(localizedPath("/zh/startups", "zh")).toBe("/zh/startups");
  });
});
