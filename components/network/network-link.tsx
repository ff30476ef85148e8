import { Share2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { focusPath } from "@/lib/network/urls";

/** "See Rokid's network": the record's two-step neighbourhood on /network, linked from its profile. */
export async function NetworkLink({
  kind,
  slug,
  name,
}: {
  kind: "startup" | "founder" | "investor" | "unit";
  slug: string;
  name: string;
}) {
  const t = await getTranslations("network");
  return (
    <p className="text-sm">
      <Link
        href={focusPath(kind, slug)}
        className="inline-flex items-center gap-1.5 text-ink underline underline-offset-2 hover:text-accent"
        data-testid="network-link"
      >
        <Share2 aria-hidden className="size-4" />
        {t("link", { name })}
      </Link>
    </p>
  );
}
