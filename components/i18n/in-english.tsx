import { getLocale, getTranslations } from "next-intl/server";

/** Whether a text has Chinese characters (then it was written in Chinese, or in both languages). */
const HAN = /[\u3400-\u9fff]/;

/**
 * A record's own text (a description, a note) is data and stays as written. On a 中文 page a text
 * written in English says so with a small label and carries lang="en", so a screen reader reads it
 * in English and the browser's translation can offer itself. On English pages it is the text alone.
 */
export async function InEnglish({ children }: { children: string }) {
  const locale = await getLocale();
  if (locale === "en" || HAN.test(children)) return children;
  const t = await getTranslations("lists");
  return (
    <>
      <span
        data-testid="in-english"
        className="mr-1 inline-block rounded-sm border border-rule px-1 align-middle text-[0.65rem] leading-4 font-normal tracking-normal text-ink-faint not-italic"
      >
        {t("inEnglish")}
      </span>
      <span lang="en">{children}</span>
    </>
  );
}
