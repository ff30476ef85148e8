import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";
import { cn } from "@/lib/utils";

const badgeVariants = cva(
  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      variant: {
        neutral: "border-rule bg-canvas text-ink-muted",
        accent: "border-transparent bg-accent-soft text-accent",
        tracked: "border-transparent bg-[#e6f1f8] text-tracked",
        reported: "border-transparent bg-[#fbeee6] text-reported",
        warn: "border-transparent bg-warn-soft text-warn",
      },
    },
    defaultVariants: { variant: "neutral" },
  },
);

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>;

export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
