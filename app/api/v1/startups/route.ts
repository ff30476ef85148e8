import { apiRoute } from "@/lib/routing/api/handler";
import { listStartups } from "@/lib/routing/api/resources";

const route = apiRoute("listStartups", listStartups);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
