"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

export type NavItem = { href: string; label: string };

/** The admin's section links; the current section is marked for sight and for screen readers. */
export function AdminNav({ groups, label }: { groups: { title: string; items: NavItem[] }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="grid gap-4 text-sm">
      {groups.map((group) => (
        <div key={group.title} className="grid gap-0.5">
          <p className="px-2 text-xs font-semibold tracking-wide text-ink-faint uppercase">{group.title}</p>
          <ul className="flex flex-wrap gap-0.5 lg:grid">
            {group.items.map((item) => {
              // The dashboard (/admin, /zh/admin) is current only on itself; a section on its pages too.
              const current = /\/admin$/.test(item.href) ? pathname === item.href : pathname.startsWith(item.href);
              return (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    aria-current={current ? "page" : undefined}
                    className={cn(
                      "block rounded-md px-2 py-1 text-ink-muted hover:bg-paper hover:text-ink",
                      current && "bg-paper font-medium text-ink shadow-[0_0_0_1px_var(--color-rule)]",
                    )}
                  >
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
