import { FileSpreadsheet } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** "Download CSV" for a list: every row the list's search matches, not just the page shown. */
export async function ListCsvLink({ href }: { href: string }) {
  const t = await getTranslations("lists");
  return (
    <Button variant="outline" size="sm" asChild>
      <a href={href} download data-testid="download-csv">
        <FileSpreadsheet aria-hidden /> {t("csv")}
      </a>
    </Button>
  );
}
