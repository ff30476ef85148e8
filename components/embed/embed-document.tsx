import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "@/components/charts/static-markup";
import { EMBED_FRAME_SCRIPT } from "@/lib/charts/embed-script";
import { defaultLocale, htmlLang, type Locale } from "@/lib/i18n/locales";

// The chart embed is a plain HTML document: the chart is server SVG and needs no framework in the
// browser, so its page loads the app's stylesheet and one small inline script (EMBED_FRAME_SCRIPT:
// height reports and tooltips), and no JavaScript file at all. A newsroom's story that frames it
// pays a few kilobytes instead of the framework's runtime.

let stylesheets: string[] | null = null;

/**
 * The root layout's stylesheets (app/globals.css, as the build named it), from the build's client
 * reference manifest of a page that has only the root layout. Read once per process.
 */
function appStylesheets(): string[] {
  if (stylesheets) return stylesheets;
  const candidates = [".next/server", ".next/dev/server"]
    .map((dir) => `${dir}/app/_not-found/page_client-reference-manifest.js`)
    .map((file) => path.join(process.cwd(), file));
  const manifest = candidates.find((file) => existsSync(file));
  if (!manifest) return [];
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryCSSFiles?: Record<string, { path: string }[]> }> } = {};
  runInNewContext(readFileSync(manifest, "utf8"), { globalThis: sandbox });
  const files = Object.values(sandbox.__RSC_MANIFEST ?? {}).flatMap(
    (entry) => entry.entryCSSFiles?.["[project]/app/layout"] ?? [],
  );
  stylesheets = [...new Set(files.map((file) => `/_next/${file.path}`))];
  return stylesheets;
}

/** The whole embed page as HTML: the same frame as the site's embed layout, around `children`. */
export function renderEmbedDocument({
  title,
  children,
  status = 200,
  locale = defaultLocale,
}: {
  title: string;
  children: ReactNode;
  status?: number;
  /** The language of the embed (its address: /embed or /zh/embed), for `<html lang>`. */
  locale?: Locale;
}): Response {
  const body = renderToStaticMarkup(
    <html lang={htmlLang[locale]}>
      {/* A whole document rendered outside the framework, so its own head (next/head is for pages). */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Alumni Atlas`}</title>
        <meta name="robots" content="noindex" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {appStylesheets().map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className="min-h-screen">
        <div className="min-h-screen bg-paper">
          <main className="bg-paper px-3 py-3 sm:px-4">{children}</main>
        </div>
        <script dangerouslySetInnerHTML={{ __html: EMBED_FRAME_SCRIPT }} />
      </body>
    </html>,
  );
  return new Response(`<!DOCTYPE html>${body}`, {
    status,
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
