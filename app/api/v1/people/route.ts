import { apiRoute } from "@/lib/routing/api/handler";
import { listPeople } from "@/lib/routing/api/resources";

const route = apiRoute("listPeople", listPeople);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
