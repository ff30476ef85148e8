import type { Problem } from "./schemas";

// RFC 9457 problem details: every error of /api/v1 is one of these, as application/problem+json.

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** Thrown by a handler to answer with a problem rather than data. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: string[],
  ) {
    super(detail);
    this.name = "ApiProblem";
  }
}

export function problemBody(status: number, detail: string, instance?: string, errors?: string[]): Problem {
  return {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
