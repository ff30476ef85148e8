import { apiRoute } from "@/lib/routing/api/handler";
import { getStartup } from "@/lib/routing/api/resources";

const route = apiRoute("getStartup", getStartup);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
