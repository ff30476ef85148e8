import { apiRoute } from "@/lib/routing/api/handler";
import { feedOrganizationChanges } from "@/lib/routing/api/feeds";

const route = apiRoute("feedOrganizationChanges", feedOrganizationChanges);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
