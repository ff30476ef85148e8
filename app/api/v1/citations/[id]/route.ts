import { apiRoute } from "@/lib/routing/api/handler";
import { getCitation } from "@/lib/routing/api/resources";

const route = apiRoute("getCitation", getCitation);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
