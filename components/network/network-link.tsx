import Link from "next/link";
import { Share2 } from "lucide-react";
import { focusPath } from "@/lib/network/urls";

/** "See Rokid's network": the record's two-step neighbourhood on /network, linked from its profile. */
export function NetworkLink({
  kind,
  slug,
  name,
}: {
  kind: "startup" | "founder" | "investor" | "unit";
  slug: string;
  name: string;
}) {
  return (
    <p className="text-sm">
      <Link
        href={focusPath(kind, slug)}
        // Not prefetched: the network page's code (the graph library) is large, and few readers go there.
        prefetch={false}
        className="inline-flex items-center gap-1.5 text-ink underline underline-offset-2 hover:text-accent"
        data-testid="network-link"
      >
        <Share2 aria-hidden className="size-4" />
        See {name}&rsquo;s network
      </Link>
    </p>
  );
}
