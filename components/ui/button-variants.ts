import { cva } from "class-variance-authority";

// Apart from button.tsx so a client component can style a button without loading tailwind-merge,
// which button.tsx uses to merge a caller's classes (the bundler keeps a module's imports whole).
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1.5 rounded-md text-sm font-medium whitespace-nowrap transition-colors disabled:pointer-events-none disabled:opacity-50 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-ink text-paper hover:bg-ink/85",
        accent: "bg-accent text-white hover:bg-accent/90",
        outline: "border border-rule bg-paper text-ink hover:bg-canvas",
        ghost: "text-ink-muted hover:bg-canvas hover:text-ink",
        danger: "bg-red-700 text-white hover:bg-red-800",
        link: "text-ink underline underline-offset-2 hover:text-accent",
      },
      size: {
        sm: "h-8 px-2.5",
        md: "h-9 px-3.5",
        lg: "h-10 px-5",
        icon: "size-9",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);
