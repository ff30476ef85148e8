"use client";
import type {} from "altcha/types/react";
import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { PROOF_OF_WORK_FIELD } from "@/lib/validation/suggestion";

// No logo or vendor link, and no collection of pointer movements: the arithmetic is the whole check.
const BASE_CONFIGURATION = { hideLogo: true, hideFooter: true, humanInteractionSignature: false };
// The widget's own words ("I'm not a robot", "Verified") in 中文 come from ALTCHA's translation file,
// loaded only on a 中文 page; English is built in.
const WIDGET_CONFIGURATION: Record<Locale, string> = {
  en: JSON.stringify(BASE_CONFIGURATION),
  zh: JSON.stringify({ ...BASE_CONFIGURATION, language: "zh-cn" }),
};

/**
 * The anti-robot check: ALTCHA's widget, served from our own bundle, fetching its challenge from our
 * own server and solving it in web workers. No request leaves the site. It starts working as soon as
 * the page has loaded, so by the time the reader sends it is done; a reader who takes longer than the
 * challenge lasts ticks it again.
 */
export function ProofOfWorkField({
  formId,
  words,
  locale,
}: {
  formId: string;
  words: Messages["suggest"]["form"]["proofOfWork"];
  locale: Locale;
}) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    // The widget registers a custom element and touches `window`: load it in the browser only.
    void Promise.all([import("altcha"), locale === "zh" ? import("altcha/i18n/zh-cn") : null]).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [locale]);
  return (
    <div className="grid gap-1.5" data-testid="proof-of-work">
      <p className="text-sm font-medium text-ink">
        {words.title} <span className="text-red-700">*</span>
      </p>
      <p id={`${formId}-pow-hint`} className="text-xs text-ink-muted">
        {words.hint}
      </p>
      <altcha-widget
        challenge="/api/suggestions/challenge"
        name={PROOF_OF_WORK_FIELD}
        auto="onload"
        configuration={WIDGET_CONFIGURATION[locale]}
        aria-describedby={`${formId}-pow-hint`}
        // A class, not a style attribute, so a Content-Security-Policy without inline styles allows it.
        className="block [--altcha-max-width:100%]"
      />
      {!loaded ? <p className="text-xs text-ink-faint">{words.loading}</p> : null}
      <noscript>
        <p className="text-sm text-red-700">{words.noScript}</p>
      </noscript>
    </div>
  );
}
