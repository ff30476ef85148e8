import { apiRoute } from "@/lib/routing/api/handler";
import { listOrganizations } from "@/lib/routing/api/resources";

const route = apiRoute("listOrganizations", listOrganizations);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
