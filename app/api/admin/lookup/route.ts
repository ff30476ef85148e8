import { getCurrentUser } from "@/lib/auth/session";
import { lookupRecords } from "@/lib/data/admin/read";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { isEntityKey } from "@/lib/validation/form-spec";

/** Search for the admin's record pickers. Read-only, for signed-in editors; bad input is a 400, never a 500. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to search records." }, { status: 401 });
  const url = new URL(request.url);
  const entity = url.searchParams.get("entity");
  if (!isEntityKey(entity)) return Response.json({ error: "Unknown kind of record." }, { status: 400 });
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  // The picker's language: its options' second lines (an Alibaba unit's place in the tree…) are said in it.
  const requested = url.searchParams.get("locale");
  const locale = isLocale(requested) ? requested : defaultLocale;
  return Response.json(
    { items: await lookupRecords({ key: entity, q, locale }) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
