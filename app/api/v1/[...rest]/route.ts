import { notFoundProblem } from "@/lib/routing/api/handler";

// Any other address under /api/v1: a problem document, like every other API error, not the site's HTML 404.
export const GET = notFoundProblem;
