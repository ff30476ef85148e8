import { apiRoute } from "@/lib/routing/api/handler";
import { getUnitTree } from "@/lib/routing/api/resources";

const route = apiRoute("getUnitTree", getUnitTree);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
