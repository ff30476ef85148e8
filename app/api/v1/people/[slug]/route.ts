import { apiRoute } from "@/lib/routing/api/handler";
import { getPerson } from "@/lib/routing/api/resources";

const route = apiRoute("getPerson", getPerson);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
