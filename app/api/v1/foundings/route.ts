import { apiRoute } from "@/lib/routing/api/handler";
import { listFoundings } from "@/lib/routing/api/resources";

const route = apiRoute("listFoundings", listFoundings);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
