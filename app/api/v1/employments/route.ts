import { apiRoute } from "@/lib/routing/api/handler";
import { listEmployments } from "@/lib/routing/api/resources";

const route = apiRoute("listEmployments", listEmployments);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
