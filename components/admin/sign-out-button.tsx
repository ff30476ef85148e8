"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useLocalizedPath } from "@/components/i18n/client-link";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth/client";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const t = useTranslations("admin.shell");
  const localized = useLocalizedPath();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await authClient.signOut();
        router.push(localized("/login"));
        router.refresh();
      }}
    >
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
