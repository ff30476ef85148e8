import { apiRoute } from "@/lib/routing/api/handler";
import { feedCityChanges } from "@/lib/routing/api/feeds";

const route = apiRoute("feedCityChanges", feedCityChanges);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
