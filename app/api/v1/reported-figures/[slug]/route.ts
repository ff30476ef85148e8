import { apiRoute } from "@/lib/routing/api/handler";
import { getReportedFigure } from "@/lib/routing/api/resources";

const route = apiRoute("getReportedFigure", getReportedFigure);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
