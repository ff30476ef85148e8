import { apiRoute } from "@/lib/routing/api/handler";
import { getOrganization } from "@/lib/routing/api/resources";

const route = apiRoute("getOrganization", getOrganization);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
