import { apiRoute } from "@/lib/routing/api/handler";
import { listFundingRounds } from "@/lib/routing/api/resources";

const route = apiRoute("listFundingRounds", listFundingRounds);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
