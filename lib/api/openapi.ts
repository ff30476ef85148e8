import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { ENDPOINTS } from "./endpoints";
import { API_BASE, problemSchema } from "./schemas";

// The OpenAPI 3.1 document at /openapi.json, generated from the same zod schemas the handlers use.

const rateLimitHeaders = {
  "RateLimit-Limit": { description: "Requests allowed per window.", schema: { type: "string" as const } },
  "RateLimit-Remaining": { description: "Requests left in this window.", schema: { type: "string" as const } },
  "RateLimit-Reset": { description: "Seconds until the window resets.", schema: { type: "string" as const } },
};

const problem = (description: string) => ({
  description,
  headers: rateLimitHeaders,
  content: { "application/problem+json": { schema: problemSchema } },
});

function operation(endpoint: (typeof ENDPOINTS)[number]): ZodOpenApiOperationObject {
  const success = {
    description: endpoint.format === "atom" ? "The feed." : "The data.",
    headers: {
      ...rateLimitHeaders,
      ETag: {
        description: "Changes whenever the data changes; send it back in If-None-Match.",
        schema: { type: "string" as const },
      },
      "Cache-Control": {
        description: "Shared caches may keep the answer briefly.",
        schema: { type: "string" as const },
      },
    },
    content: {
      [endpoint.format === "atom" ? "application/atom+xml" : "application/json"]: { schema: endpoint.response },
    },
  };
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    requestParams: {
      ...(endpoint.query ? { query: endpoint.query } : {}),
      ...(endpoint.pathParams ? { path: endpoint.pathParams } : {}),
      header: z.object({
        "If-None-Match": z
          .string()
          .optional()
          .meta({ description: "An ETag from an earlier answer: 304 if unchanged." }),
      }),
    },
    responses: {
      "200": success,
      "304": { description: "Not modified since the ETag in If-None-Match." },
      "400": problem("A parameter is not valid; `errors` lists each problem."),
      ...(endpoint.pathParams ? { "404": problem("No public record has this identifier.") } : {}),
      "429": {
        ...problem("Too many requests from this client; wait Retry-After seconds."),
        headers: {
          ...rateLimitHeaders,
          "Retry-After": { description: "Seconds to wait.", schema: { type: "string" as const } },
        },
      },
      "500": problem("Something went wrong on our side."),
    },
  };
}

export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of ENDPOINTS) paths[`${API_BASE}${endpoint.path}`] = { get: operation(endpoint) };
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Alumni Atlas API",
      version: "1.0.0",
      description: [
        "AI start-ups founded by former Alibaba Group employees: a sourced, read-only dataset.",
        "",
        "Read-only JSON over the Alumni Atlas data: start-ups, people, organizations (investors and the Alibaba unit tree), cities, funding rounds with investments, foundings, employments, sources, citations and reported figures.",
        "",
        "* **Pagination**: lists return `nextCursor`; pass it back as `?cursor=` with the same other parameters. Order is stable (ties broken by id).",
        "* **Citations**: detail endpoints embed the record's citations with `?include=citations`.",
        "* **Caching**: every answer has an `ETag`; send `If-None-Match` to get `304 Not Modified` while the data is unchanged.",
        "* **Limits**: requests are counted per client (`RateLimit-*` headers); beyond the limit the answer is `429` with `Retry-After`.",
        "* **Errors** are RFC 9457 problem details (`application/problem+json`).",
        "* Deleted records and synthetic (benchmark) records never appear.",
      ].join("\n"),
      license: { name: "Data: cite Alumni Atlas and the listed sources" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "Start-ups" },
      { name: "People" },
      { name: "Organizations" },
      { name: "Cities" },
      { name: "Funding" },
      { name: "Sources" },
      { name: "Feeds" },
    ],
    paths,
  });
}
