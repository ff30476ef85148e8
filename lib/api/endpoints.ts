import { z } from "zod";
import {
  citationListQuerySchema,
  citationSchema,
  cityListItemSchema,
  cityListQuerySchema,
  citySchema,
  employmentListQuerySchema,
  employmentSchema,
  foundingListQuerySchema,
  foundingSchema,
  fundingRoundListQuerySchema,
  fundingRoundSchema,
  idPathSchema,
  includeQuerySchema,
  itemSchema,
  listSchema,
  organizationListItemSchema,
  organizationListQuerySchema,
  organizationSchema,
  personListItemSchema,
  personListQuerySchema,
  personSchema,
  reportedFigureListQuerySchema,
  reportedFigureSchema,
  slugPathSchema,
  sourceListQuerySchema,
  sourceSchema,
  startupListItemSchema,
  startupListQuerySchema,
  alumniCountSchema,
  startupDetailQuerySchema,
  startupResponseSchema,
  unitTreeNodeSchema,
} from "./schemas";

// Every endpoint of /api/v1 once: its path, parameters and response. The route handlers parse
// their parameters with these schemas and lib/api/openapi.ts documents exactly these.

export type Endpoint = {
  operationId: string;
  /** OpenAPI style, under /api/v1: /startups/{slug}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  response: z.ZodType;
  /** JSON unless an Atom feed. */
  format?: "json" | "atom";
};

const atomFeed = z.string().meta({ description: "An Atom 1.0 feed (RFC 4287) of changes, newest first." });
const feedQuery = z.object({});

export const ENDPOINTS: Endpoint[] = [
  {
    operationId: "listStartups",
    path: "/startups",
    tag: "Start-ups",
    summary: "List start-ups",
    description:
      "The start-ups page's own filters, search and sort. Ordered by the sort, then by name and id, so pages never overlap.",
    query: startupListQuerySchema,
    response: listSchema(startupListItemSchema, "StartupList", true, { alumni: alumniCountSchema }),
  },
  {
    operationId: "getStartup",
    path: "/startups/{slug}",
    tag: "Start-ups",
    summary: "One start-up with its founders and funding rounds",
    description:
      "With ?asOf=YYYY-MM-DD: the start-up, its foundings, rounds, investments and citations as they were at the end of that day, rebuilt from the change history (the people, investors, cities and sources they point at are named as they are now).",
    pathParams: slugPathSchema,
    query: startupDetailQuerySchema,
    response: startupResponseSchema,
  },
  {
    operationId: "listPeople",
    path: "/people",
    tag: "People",
    summary: "List people (founders and personal investors), by name",
    query: personListQuerySchema,
    response: listSchema(personListItemSchema, "PersonList"),
  },
  {
    operationId: "getPerson",
    path: "/people/{slug}",
    tag: "People",
    summary: "One person with their foundings and employments (Alibaba career included)",
    pathParams: slugPathSchema,
    query: includeQuerySchema,
    response: itemSchema(personSchema, "PersonResponse"),
  },
  {
    operationId: "listOrganizations",
    path: "/organizations",
    tag: "Organizations",
    summary: "List organizations (investors, Alibaba units, companies), by name",
    query: organizationListQuerySchema,
    response: listSchema(organizationListItemSchema, "OrganizationList"),
  },
  {
    operationId: "getOrganization",
    path: "/organizations/{slug}",
    tag: "Organizations",
    summary: "One organization with its parent and child units",
    pathParams: slugPathSchema,
    query: includeQuerySchema,
    response: itemSchema(organizationSchema, "OrganizationResponse"),
  },
  {
    operationId: "getUnitTree",
    path: "/unit-tree",
    tag: "Organizations",
    summary: "The Alibaba unit tree",
    response: itemSchema(z.array(unitTreeNodeSchema), "UnitTreeResponse"),
  },
  {
    operationId: "listCities",
    path: "/cities",
    tag: "Cities",
    summary: "List cities, by name",
    query: cityListQuerySchema,
    response: listSchema(cityListItemSchema, "CityList"),
  },
  {
    operationId: "getCity",
    path: "/cities/{slug}",
    tag: "Cities",
    summary: "One city",
    pathParams: slugPathSchema,
    query: includeQuerySchema,
    response: itemSchema(citySchema, "CityResponse"),
  },
  {
    operationId: "listFundingRounds",
    path: "/funding-rounds",
    tag: "Funding",
    summary: "List funding rounds with their investments, by id",
    query: fundingRoundListQuerySchema,
    response: listSchema(fundingRoundSchema, "FundingRoundList"),
  },
  {
    operationId: "getFundingRound",
    path: "/funding-rounds/{id}",
    tag: "Funding",
    summary: "One funding round with its investments",
    pathParams: idPathSchema,
    query: includeQuerySchema,
    response: itemSchema(fundingRoundSchema, "FundingRoundResponse"),
  },
  {
    operationId: "listFoundings",
    path: "/foundings",
    tag: "People",
    summary: "List foundings (who founded which start-up), by id",
    query: foundingListQuerySchema,
    response: listSchema(foundingSchema, "FoundingList"),
  },
  {
    operationId: "getFounding",
    path: "/foundings/{id}",
    tag: "People",
    summary: "One founding",
    pathParams: idPathSchema,
    query: includeQuerySchema,
    response: itemSchema(foundingSchema, "FoundingResponse"),
  },
  {
    operationId: "listEmployments",
    path: "/employments",
    tag: "People",
    summary: "List employments (who worked where), by id",
    query: employmentListQuerySchema,
    response: listSchema(employmentSchema, "EmploymentList"),
  },
  {
    operationId: "getEmployment",
    path: "/employments/{id}",
    tag: "People",
    summary: "One employment",
    pathParams: idPathSchema,
    query: includeQuerySchema,
    response: itemSchema(employmentSchema, "EmploymentResponse"),
  },
  {
    operationId: "listSources",
    path: "/sources",
    tag: "Sources",
    summary: "List sources, by id",
    query: sourceListQuerySchema,
    response: listSchema(sourceSchema, "SourceList"),
  },
  {
    operationId: "getSource",
    path: "/sources/{id}",
    tag: "Sources",
    summary: "One source",
    pathParams: idPathSchema,
    response: itemSchema(sourceSchema, "SourceResponse"),
  },
  {
    operationId: "listCitations",
    path: "/citations",
    tag: "Sources",
    summary: "List citations (which source supports which record and field), by id",
    query: citationListQuerySchema,
    response: listSchema(citationSchema, "CitationList"),
  },
  {
    operationId: "getCitation",
    path: "/citations/{id}",
    tag: "Sources",
    summary: "One citation",
    pathParams: idPathSchema,
    response: itemSchema(citationSchema, "CitationResponse"),
  },
  {
    operationId: "listReportedFigures",
    path: "/reported-figures",
    tag: "Sources",
    summary: "List figures reported by others (kept apart from the tracked records), by id",
    query: reportedFigureListQuerySchema,
    response: listSchema(reportedFigureSchema, "ReportedFigureList"),
  },
  {
    operationId: "getReportedFigure",
    path: "/reported-figures/{slug}",
    tag: "Sources",
    summary: "One reported figure",
    pathParams: slugPathSchema,
    query: includeQuerySchema,
    response: itemSchema(reportedFigureSchema, "ReportedFigureResponse"),
  },
  {
    operationId: "feedAllChanges",
    path: "/changes.atom",
    tag: "Feeds",
    summary: "Atom feed of every change to public records",
    query: feedQuery,
    response: atomFeed,
    format: "atom",
  },
  {
    operationId: "feedStartupListChanges",
    path: "/startups/changes.atom",
    tag: "Feeds",
    summary: "Atom feed of changes to the start-ups a filtered list shows",
    description:
      "Takes the start-up list's filters and search (not its sort or paging): changes to the first 1,000 matching start-ups, their foundings and rounds.",
    query: startupListQuerySchema.omit({ limit: true, cursor: true, sort: true, order: true }),
    response: atomFeed,
    format: "atom",
  },
  {
    operationId: "feedStartupChanges",
    path: "/startups/{slug}/changes.atom",
    tag: "Feeds",
    summary: "Atom feed of changes to one start-up, its foundings, rounds and citations",
    pathParams: slugPathSchema,
    query: feedQuery,
    response: atomFeed,
    format: "atom",
  },
  {
    operationId: "feedOrganizationChanges",
    path: "/organizations/{slug}/changes.atom",
    tag: "Feeds",
    summary: "Atom feed of changes to one organization (an investor or unit) and its investments",
    pathParams: slugPathSchema,
    query: feedQuery,
    response: atomFeed,
    format: "atom",
  },
  {
    operationId: "feedCityChanges",
    path: "/cities/{slug}/changes.atom",
    tag: "Feeds",
    summary: "Atom feed of changes to one city and the start-ups in it",
    pathParams: slugPathSchema,
    query: feedQuery,
    response: atomFeed,
    format: "atom",
  },
];

export function endpoint(operationId: string): Endpoint {
  const found = ENDPOINTS.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`No API endpoint called ${operationId}`);
  return found;
}
