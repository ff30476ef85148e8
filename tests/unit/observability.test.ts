import { describe, expect, test } from "vitest";
import { resolveRequestId } from "@/lib/observability/context";
import { redactSecrets } from "@/lib/observability/redact";
import { routeClass } from "@/lib/observability/route-class";
import { rateLimitRule } from "@/lib/observability/metrics";
import { isUnavailableError } from "@/lib/db/availability";

describe("redactSecrets", () => {
  test.each([
    ["Cannot connect to postgresql://atlas:hunter2@db.internal:5432/atlas", "hunter2", "db.internal"],
    ['{"DATABASE_URL":"postgres://u:p4ss@10.0.0.5/x"}', "p4ss", "10.0.0.5"],
    ["fetch https://user:s3cret@example.org/path failed", "s3cret", "user:"],
    ["cookie: better-auth.session_token=abc123.def456; theme=dark", "abc123", "theme=dark"],
    ["Set-Cookie: atlas.session_token=tok999; Path=/; HttpOnly", "tok999", "HttpOnly"],
    ['{"password":"correct horse battery"}', "correct horse", "battery"],
    ["GET /reset?token=zz-top-secret-zz", "zz-top-secret-zz", "zz"],
    ["authorization: Bearer metrics-token-1", "metrics-token-1", "Bearer"],
  ])("%s", (text, secret, alsoGone) => {
    const result = redactSecrets(text);
    expect(result).not.toContain(secret);
    expect(result).not.toContain(alsoGone);
    expect(result).toContain("[redacted]");
  });

  test("ordinary text is left alone", () => {
    const text = "GET /startups?page=2 200 in 12 ms — 阿里巴巴";
    expect(redactSecrets(text)).toBe(text);
  });
});

describe("routeClass", () => {
  test.each([
    ["GET", "/", false, "page:home"],
    ["GET", "/startups/deepseek", false, "page:startups"],
    ["GET", "/founders", false, "page:founders"],
    ["GET", "/admin/startups/12/edit", false, "admin"],
    ["POST", "/admin/startups/12/edit", true, "action"],
    ["GET", "/api/startups/csv", false, "api:startups"],
    ["POST", "/api/auth/sign-in/email", false, "api:auth"],
    ["GET", "/api/whatever/else", false, "api:other"],
    ["GET", "/api/v1/startups", false, "api:v1"],
    ["GET", "/_next/static/chunks/a.js", false, "static"],
    ["GET", "/favicon.ico", false, "static"],
    ["GET", "/embed/charts/startups-by-city", false, "embed"],
    ["GET", "/%E0%A4%A", false, "page:other"],
  ])("%s %s → %s", (method, path, action, expected) => {
    expect(routeClass(method, path, action)).toBe(expected);
  });
});

describe("resolveRequestId", () => {
  test("keeps a well-formed id from the proxy, replaces anything else", () => {
    const make = () => "new-id";
    expect(resolveRequestId("abcd1234-ef", make)).toBe("abcd1234-ef");
    expect(resolveRequestId(["abcd1234-ef", "x"], make)).toBe("abcd1234-ef");
    expect(resolveRequestId("short", make)).toBe("new-id");
    expect(resolveRequestId("a b c d e f g h", make)).toBe("new-id");
    expect(resolveRequestId("x".repeat(129), make)).toBe("new-id");
    expect(resolveRequestId(undefined, make)).toBe("new-id");
  });
});

describe("isUnavailableError", () => {
  test("connection failures, as the driver and Prisma report them", () => {
    expect(
      isUnavailableError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isUnavailableError(Object.assign(new Error("terminating connection"), { code: "57P01" }))).toBe(true);
    expect(isUnavailableError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(
      isUnavailableError({
        code: "P2010",
        message: "Raw query failed",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } } },
      }),
    ).toBe(true);
    expect(isUnavailableError({ code: "P1001", message: "Can't reach database server" })).toBe(true);
  });

  test("a bad query or a refusal is not an outage", () => {
    expect(isUnavailableError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isUnavailableError({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isUnavailableError(new Error("syntax error at or near"))).toBe(false);
    expect(isUnavailableError(null)).toBe(false);
  });
});

describe("rateLimitRule", () => {
  test("names the rule, never the address or e-mail in the key", () => {
    expect(rateLimitRule("snapshot:203.0.113.9")).toBe("snapshot");
    expect(rateLimitRule("account:someone@example.org")).toBe("account");
    expect(rateLimitRule("203.0.113.9/sign-in/email")).toBe("auth-address");
    expect(rateLimitRule("::1/sign-in/email")).toBe("auth-address");
    expect(rateLimitRule("api:203.0.113.9")).toBe("api");
    expect(rateLimitRule("suggestion:203.0.113.9")).toBe("suggestion");
    expect(rateLimitRule("suggestion-challenge:2001:db8::1")).toBe("suggestion-challenge");
    expect(rateLimitRule("2001:db8::1")).toBe("other");
  });
});
