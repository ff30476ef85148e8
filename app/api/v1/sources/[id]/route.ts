import { apiRoute } from "@/lib/routing/api/handler";
import { getSource } from "@/lib/routing/api/resources";

const route = apiRoute("getSource", getSource);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
