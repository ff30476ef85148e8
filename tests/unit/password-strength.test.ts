import { randomBytes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { passwordWeakness } from "@/lib/auth/password-strength";

describe("password strength (zxcvbn-ts, dictionaries shipped in the package)", () => {
  test.each([
    ["twelve spaces", " ".repeat(12)],
    ["a common password with digits", "password1234"],
    ["a keyboard walk", "qwertyuiopasdf"],
    ["one repeated character", "aaaaaaaaaaaa"],
    ["digits in order", "123456789012"],
    ["a common phrase", "iloveyou1234"],
    ["the site's own name", "alumniatlas2026"],
  ])("refuses %s, saying why", (_label, password) => {
    expect(passwordWeakness(password)).toMatch(/^is too easy to guess\b.*\. Use a longer passphrase/);
  });

  test("refuses a password made of the person's own email or name", () => {
    expect(passwordWeakness("zhangwei.editor", { email: "zhangwei.editor@example.org", name: "Zhang Wei" })).toMatch(
      /too easy to guess/,
    );
  });

  test.each([
    "correct horse battery staple",
    "Tr0ub4dor&3xyz",
    "river-lantern-quietly-9",
    "pw-8f3a1c9e2b7d4f60a1b2c3d4",
  ])("accepts %s", (password) => {
    expect(passwordWeakness(password)).toBeNull();
  });

  test("a long random password is scored quickly (only a prefix is scored)", () => {
    const started = performance.now();
    expect(passwordWeakness(randomBytes(96).toString("base64"))).toBeNull();
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
