"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("admin.errors");
  return (
    <Alert variant="error" className="grid gap-3">
      <p>{t("page")}</p>
      <div>
        <Button variant="outline" size="sm" onClick={reset}>
          {t("retry")}
        </Button>
      </div>
    </Alert>
  );
}
