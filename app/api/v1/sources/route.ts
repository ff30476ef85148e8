import { apiRoute } from "@/lib/routing/api/handler";
import { listSources } from "@/lib/routing/api/resources";

const route = apiRoute("listSources", listSources);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
