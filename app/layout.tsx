import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import "./globals.css";

// Open Graph image URLs must be absolute: SITE_URL when the deployment sets it, else the address
// the request came in on.
async function siteUrl(): Promise<URL> {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL);
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return new URL(`${protocol}://${host}`);
}

export async function generateMetadata(): Promise<Metadata> {
  return { ...metadata, metadataBase: await siteUrl() };
}

const metadata: Metadata = {
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
