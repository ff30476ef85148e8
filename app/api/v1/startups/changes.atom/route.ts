import { apiRoute } from "@/lib/routing/api/handler";
import { feedStartupListChanges } from "@/lib/routing/api/feeds";

const route = apiRoute("feedStartupListChanges", feedStartupListChanges);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
