import { getCurrentUser } from "@/lib/auth/session";
import { importTemplate } from "@/lib/import/startups-csv";

export async function GET() {
  if (!(await getCurrentUser())) return new Response("Sign in first.", { status: 401 });
  return new Response(importTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="alumni-atlas-startups-template.csv"',
    },
  });
}
