import { apiRoute } from "@/lib/routing/api/handler";
import { getCity } from "@/lib/routing/api/resources";

const route = apiRoute("getCity", getCity);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
