import { apiRoute } from "@/lib/routing/api/handler";
import { getFundingRound } from "@/lib/routing/api/resources";

const route = apiRoute("getFundingRound", getFundingRound);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
