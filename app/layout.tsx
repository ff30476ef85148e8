import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Alumni Atlas — AI start-ups founded by former Alibaba staff", template: "%s · Alumni Atlas" },
  description:
    "A sourced reference of AI start-ups founded by former Alibaba Group employees: founders and their Alibaba careers, cities, investors, funding rounds and charts.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
