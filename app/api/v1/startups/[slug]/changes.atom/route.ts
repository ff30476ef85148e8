import { apiRoute } from "@/lib/routing/api/handler";
import { feedStartupChanges } from "@/lib/routing/api/feeds";

const route = apiRoute("feedStartupChanges", feedStartupChanges);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
