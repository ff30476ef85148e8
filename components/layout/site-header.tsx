import Link from "next/link";
import { HeaderSearch } from "@/components/search/header-search";

const navigation = [
  { href: "/startups", label: "Start-ups" },
  { href: "/founders", label: "Founders" },
  { href: "/cities", label: "Cities" },
  { href: "/investors", label: "Investors" },
  { href: "/units", label: "Alibaba units" },
  { href: "/charts", label: "Charts" },
  { href: "/network", label: "Network" },
  { href: "/reported-figures", label: "Reported figures" },
  { href: "/data", label: "Download the data" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-rule bg-paper">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span aria-hidden className="inline-block size-3 translate-y-[1px] rounded-sm bg-accent" />
          <span className="text-lg font-semibold tracking-tight">Alumni Atlas</span>
          <span className="hidden text-sm text-ink-faint sm:inline">阿里系 AI 创业图谱</span>
        </Link>
        <nav aria-label="Main" className="-mx-2 flex flex-wrap gap-1 text-sm">
          {navigation.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="rounded-md px-2 py-1 text-ink-muted hover:bg-canvas hover:text-ink"
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <HeaderSearch />
      </div>
    </header>
  );
}
