import { describe, expect, test } from "vitest";
import { hasMalformedPath } from "@/lib/security/request-path";

describe("hasMalformedPath", () => {
  test.each([
    "/startups/%E0%A4%A",
    "/startups/%",
    "/founders/%E0",
    "/cities/%ZZ",
    "/charts/%E0%A4%A?from=2015",
    "/api/charts/%ED%A0%80/data.csv",
    "/admin/startups/%C3/edit",
    "/%",
  ])("refuses %s", (target) => {
    expect(hasMalformedPath(target)).toBe(true);
  });

  test.each([
    "/",
    "/startups/rokid",
    "/startups/%E6%9D%AD%E5%B7%9E",
    "/startups/a%20b",
    "/startups?q=%E0%A4%A",
    "/search?q=%",
    "/charts/x#%",
    undefined,
  ])("lets %s through", (target) => {
    expect(hasMalformedPath(target)).toBe(false);
  });
});
