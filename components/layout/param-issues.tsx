import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

/** Tells the reader which parts of the address were ignored, and why. */
export async function ParamIssues({ issues }: { issues: string[] }) {
  if (issues.length === 0) return null;
  const t = await getTranslations("errors.params");
  return (
    <Alert variant="warning" data-testid="param-issues">
      <p className="font-medium">{t("title")}</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
    </Alert>
  );
}
