"use client";
import type {} from "altcha/types/react";
import { useEffect, useState } from "react";
import { PROOF_OF_WORK_FIELD } from "@/lib/validation/suggestion";

// No logo or vendor link, and no collection of pointer movements: the arithmetic is the whole check.
const WIDGET_CONFIGURATION = JSON.stringify({ hideLogo: true, hideFooter: true, humanInteractionSignature: false });

/**
 * The anti-robot check: ALTCHA's widget, served from our own bundle, fetching its challenge from our
 * own server and solving it in web workers. No request leaves the site. It starts working as soon as
 * the page has loaded, so by the time the reader sends it is done; a reader who takes longer than the
 * challenge lasts ticks it again.
 */
export function ProofOfWorkField({ formId }: { formId: string }) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    // The widget registers a custom element and touches `window`: load it in the browser only.
    void import("altcha").then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="grid gap-1.5" data-testid="proof-of-work">
      <p className="text-sm font-medium text-ink">
        Anti-robot check <span className="text-red-700">*</span>
      </p>
      <p id={`${formId}-pow-hint`} className="text-xs text-ink-muted">
        Your browser does a second of arithmetic to show it is not a robot: nothing is sent to anyone but us, and no
        cookie is set.
      </p>
      <altcha-widget
        challenge="/api/suggestions/challenge"
        name={PROOF_OF_WORK_FIELD}
        auto="onload"
        configuration={WIDGET_CONFIGURATION}
        aria-describedby={`${formId}-pow-hint`}
        // A class, not a style attribute, so a Content-Security-Policy without inline styles allows it.
        className="block [--altcha-max-width:100%]"
      />
      {!loaded ? <p className="text-xs text-ink-faint">Loading the check…</p> : null}
      <noscript>
        <p className="text-sm text-red-700">
          The anti-robot check needs JavaScript. Without it, email your suggestion to the editors instead.
        </p>
      </noscript>
    </div>
  );
}
