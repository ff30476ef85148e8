import { describe, expect, test } from "vitest";
import { ConfigError, databaseTarget, parseServerEnv } from "@/lib/env";

describe("server environment", () => {
  test("no DATABASE_URL means the embedded database in the default folder", () => {
    const env = parseServerEnv({});
    expect(databaseTarget(env)).toMatchObject({ kind: "embedded" });
    expect(databaseTarget(env).description).toContain(".data/pglite");
  });

  test("an empty DATABASE_URL counts as unset", () => {
    expect(databaseTarget(parseServerEnv({ DATABASE_URL: "" })).kind).toBe("embedded");
  });

  test("a postgresql URL selects PostgreSQL and names host, port and database", () => {
    const target = databaseTarget(parseServerEnv({ DATABASE_URL: "postgresql://u@127.0.0.1:5433/atlas" }));
    expect(target).toMatchObject({ kind: "postgres", description: "PostgreSQL at 127.0.0.1:5433/atlas" });
  });

  test.each(["mysql://root@localhost/db", "not a url", "postgresql://", "http://example.com"])(
    "a malformed DATABASE_URL (%s) is one clear line",
    (value) => {
      expect(() => parseServerEnv({ DATABASE_URL: value })).toThrowError(ConfigError);
      try {
        parseServerEnv({ DATABASE_URL: value });
      } catch (error) {
        expect((error as Error).message).toMatch(/^Invalid environment: DATABASE_URL must be a postgresql:\/\/ URL/);
        expect((error as Error).message).not.toContain("\n");
      }
    },
  );
});

describe("SITE_URL", () => {
  test("is optional and must be an http(s) URL when set", () => {
    expect(parseServerEnv({}).SITE_URL).toBeUndefined();
    expect(parseServerEnv({ SITE_URL: "https://atlas.example.com" }).SITE_URL).toBe("https://atlas.example.com");
    expect(() => parseServerEnv({ SITE_URL: "javascript:alert(1)" })).toThrowError(/SITE_URL must be an http\(s\) URL/);
    expect(() => parseServerEnv({ SITE_URL: "atlas" })).toThrowError(ConfigError);
  });
});

describe("DATABASE_REPLICA_URLS", () => {
  const primary = "postgresql://u@127.0.0.1:5432/atlas";
  test("is a comma-separated list of replicas of DATABASE_URL; unset or empty means none", () => {
    expect(databaseTarget(parseServerEnv({ DATABASE_URL: primary }))).toMatchObject({ replicaUrls: [] });
    expect(databaseTarget(parseServerEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: "" }))).toMatchObject({
      replicaUrls: [],
    });
    const target = databaseTarget(
      parseServerEnv({
        DATABASE_URL: primary,
        DATABASE_REPLICA_URLS: " postgresql://u@10.0.0.2/atlas, postgresql://u@10.0.0.3:5433/atlas ,",
      }),
    );
    expect(target).toMatchObject({
      replicaUrls: ["postgresql://u@10.0.0.2/atlas", "postgresql://u@10.0.0.3:5433/atlas"],
    });
  });

  test("refuses a malformed replica, and replicas without a primary", () => {
    expect(() =>
      parseServerEnv({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: "postgresql://u@10.0.0.2/atlas,mysql://x" }),
    ).toThrowError(/DATABASE_REPLICA_URLS\.1 must be a postgresql:\/\/ URL/);
    expect(() => parseServerEnv({ DATABASE_REPLICA_URLS: "postgresql://u@10.0.0.2/atlas" })).toThrowError(
      /DATABASE_REPLICA_URLS needs DATABASE_URL/,
    );
  });
});
