import { apiRoute } from "@/lib/routing/api/handler";
import { listReportedFigures } from "@/lib/routing/api/resources";

const route = apiRoute("listReportedFigures", listReportedFigures);
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
