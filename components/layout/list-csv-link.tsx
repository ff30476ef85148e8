import { FileSpreadsheet } from "lucide-react";
import { Button } from "@/components/ui/button";

/** "Download CSV" for a list: every row the list's search matches, not just the page shown. */
export function ListCsvLink({ href }: { href: string }) {
  return (
    <Button variant="outline" size="sm" asChild>
      <a href={href} download data-testid="download-csv">
        <FileSpreadsheet aria-hidden /> Download CSV
      </a>
    </Button>
  );
}
