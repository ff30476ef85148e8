import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-paper">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 py-8 text-sm text-ink-muted sm:px-6">
        <p>
          <strong className="font-semibold text-ink">Alumni Atlas</strong> tracks AI start-ups founded by former Alibaba
          Group employees. Every fact links to the source it came from; where sources disagree, both are shown.
        </p>
        <p>
          Figures reported by others (such as ITJuzi&rsquo;s count) are kept apart from the records tracked here and
          always labelled &ldquo;reported&rdquo;.
        </p>
        <p>
          Know a start-up we are missing?{" "}
          <Link href="/suggest" className="underline underline-offset-2 hover:text-ink">
            Suggest it
          </Link>
          , with your source. A fact wrong? Use &ldquo;Flag this fact&rdquo; in its footnote.
        </p>
      </div>
    </footer>
  );
}
