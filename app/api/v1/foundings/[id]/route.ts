import { apiRoute } from "@/lib/routing/api/handler";
import { getFounding } from "@/lib/routing/api/resources";

const route = apiRoute("getFounding", getFounding);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
