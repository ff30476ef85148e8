import { apiRoute } from "@/lib/routing/api/handler";
import { getEmployment } from "@/lib/routing/api/resources";

const route = apiRoute("getEmployment", getEmployment);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
