import { apiRoute } from "@/lib/routing/api/handler";
import { listCitations } from "@/lib/routing/api/resources";

const route = apiRoute("listCitations", listCitations);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
