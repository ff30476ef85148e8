import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/redirect";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-12">
      <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
        <span aria-hidden className="inline-block size-3 translate-y-[1px] rounded-sm bg-accent" />
        <span className="text-lg font-semibold tracking-tight">Alumni Atlas</span>
      </Link>
      <Card>
        <CardHeader>
          <h1 className="font-serif text-2xl font-semibold tracking-tight text-ink">Sign in to edit</h1>
          <CardDescription>For editors and admins. Reading the atlas needs no account.</CardDescription>
        </CardHeader>
        <CardContent>
          <LoginForm next={next} />
        </CardContent>
      </Card>
    </main>
  );
}
