import { apiRoute } from "@/lib/routing/api/handler";
import { feedAllChanges } from "@/lib/routing/api/feeds";

const route = apiRoute("feedAllChanges", feedAllChanges);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
