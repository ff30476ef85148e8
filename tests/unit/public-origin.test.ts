import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/urls";

describe("the public address in downloads", () => {
  it("is SITE_URL when set", () => {
    expect(
      publicOrigin(new Headers({ host: "127.0.0.1:3000" }), "http://localhost:3000/x", "https://atlas.example.org/"),
    ).toBe("https://atlas.example.org");
  });

  it("is the host the request came in on, not the server's own port", () => {
    expect(publicOrigin(new Headers({ host: "atlas.example.org" }), "http://localhost:3000/api", undefined)).toBe(
      "http://atlas.example.org",
    );
    expect(
      publicOrigin(
        new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "atlas.example.org", "x-forwarded-proto": "https" }),
        "http://localhost:3000/api",
        undefined,
      ),
    ).toBe("https://atlas.example.org");
  });

  it("ignores a malformed host and keeps the request's own address", () => {
    expect(publicOrigin(new Headers({ host: "evil.example/<script>" }), "http://localhost:3000/api", undefined)).toBe(
      "http://localhost:3000",
    );
  });
});
