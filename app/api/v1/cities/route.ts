import { apiRoute } from "@/lib/routing/api/handler";
import { listCities } from "@/lib/routing/api/resources";

const route = apiRoute("listCities", listCities);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
