import { expect as baseExpect, test as base, type Page } from "@playwright/test";
import { expect, idFromUrl, test } from "./fixtures/admin";

const run = Date.now().toString(36);

/** Waits until the ALTCHA widget has solved its challenge in this browser (web workers, our own server). */
async function waitForProofOfWork(page: Page) {
  await baseExpect(page.locator('input[name="altcha"]')).toHaveValue(/.{40,}/, { timeout: 45_000 });
}

async function checkNoSidewaysScroll(page: Page, width: number) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  baseExpect(overflow, `${page.url()} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
}

test.describe("readers add what is missing", () => {
  test("a reader suggests a start-up, gets a reference, and an editor's acceptance publishes it", async ({
    browser,
    adminPage,
    created,
  }) => {
    test.slow();
    const name = `Suggested Robotics ${run}`;
    // The reader: a fresh context, no account, no cookie.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto("/reported-figures");
    const missing = reader.getByTestId("tracked-gap");
    await baseExpect(missing).toContainText("What we are missing");
    await missing.getByRole("link", { name: "Suggest a start-up" }).click();
    await baseExpect(reader).toHaveURL(/\/suggest$/);

    // Sending with no source: refused in place by the shared schema, nothing sent.
    await reader.getByLabel("English name").fill(name);
    await reader.getByRole("button", { name: "Send suggestion" }).click();
    const summary = reader.locator("#suggest-startup-summary");
    await baseExpect(summary).toContainText("Nothing was sent: 1 field needs attention");
    await baseExpect(summary).toContainText("Source web address is required");

    await reader.getByLabel("City").fill("Hangzhou");
    await reader.getByLabel("Founded year").fill("2024");
    await reader.getByLabel("Founders").fill("Zhang Example");
    await reader.getByLabel("Link to Alibaba").fill("Zhang Example led a team at Alibaba Cloud until 2023.");
    await reader.getByLabel(/Source web address/).fill(`https://36kr.com/p/suggested-${run}`);
    await reader.getByLabel("Quote from the source").fill("Founded by a former Alibaba Cloud team lead");
    await waitForProofOfWork(reader);
    await reader.getByRole("button", { name: "Send suggestion" }).click();

    await baseExpect(reader).toHaveURL(/\/suggest\/status\?ref=S-[0-9A-Z]{8}&sent=1$/);
    const reference = (await reader.getByTestId("suggestion-reference").textContent())!.trim();
    baseExpect(reference).toMatch(/^S-[0-9A-Z]{8}$/);
    await baseExpect(reader.getByTestId("suggestion-status")).toContainText("Waiting for an editor");
    // Nothing is public before review.
    const response = await reader.goto(`/startups/suggested-robotics-${run}`);
    baseExpect(response?.status()).toBe(404);

    // The editor: the queue, the prefilled form, accept.
    await adminPage.goto("/admin/suggestions");
    await adminPage.getByRole("link", { name: reference }).click();
    await expect(adminPage.getByRole("heading", { name: `Suggestion ${reference}` })).toBeVisible();
    await expect(adminPage.getByLabel("English name")).toHaveValue(name);
    await expect(adminPage.getByLabel("Founded year")).toHaveValue("2024");
    await expect(adminPage.locator('[name="citations.0.newUrl"]')).toHaveValue(`https://36kr.com/p/suggested-${run}`);
    await adminPage.locator('[name="citations.0.newPublisher"]').fill("36Kr");
    await adminPage.getByRole("button", { name: "Accept and create start-up" }).click();
    await expect(adminPage).toHaveURL(/\?decided=accepted$/);
    await expect(adminPage.getByTestId("suggestion-status")).toHaveText("accepted");
    await adminPage.getByTestId("suggestion-result").click();
    await expect(adminPage).toHaveURL(/\/admin\/startups\/\d+\/edit$/);
    created.push({ entity: "startups", id: idFromUrl(adminPage) });

    // The reader's reference now leads to the public page.
    await reader.goto(`/suggest/status?ref=${reference.toLowerCase()}`);
    await baseExpect(reader.getByTestId("suggestion-status")).toContainText("Accepted");
    await reader.getByRole("link", { name: "See it on the site" }).click();
    await baseExpect(reader.getByRole("heading", { level: 1 })).toContainText(name);
    await baseExpect(reader.getByTestId("fact-founded")).toContainText("2024");
  });

  test("a reader flags a fact from its footnote; an editor rejects it with a reason the reader sees", async ({
    browser,
    adminPage,
  }) => {
    test.slow();
    const reader = await (await browser.newContext()).newPage();
    await reader.goto("/startups/rokid");
    await reader.getByTestId("fact-founded").locator("[data-footnote]").first().hover();
    await reader.getByTestId("footnote-card").getByRole("link", { name: "Flag this fact" }).click();
    await baseExpect(reader).toHaveURL(/\/suggest\/flag\?record=STARTUP&id=\d+&field=/);
    await baseExpect(reader.getByTestId("flagged-fact")).toContainText("Rokid");

    await reader.getByLabel(/What it should say/).fill(`Founded in 2015 (test ${run})`);
    await reader.getByLabel(/Source web address/).fill(`https://example.org/rokid-${run}`);
    await waitForProofOfWork(reader);
    await reader.getByRole("button", { name: "Send correction" }).click();
    await baseExpect(reader).toHaveURL(/\/suggest\/status\?ref=S-/);
    const reference = (await reader.getByTestId("suggestion-reference").textContent())!.trim();

    await adminPage.goto(`/admin/suggestions`);
    await adminPage.getByRole("link", { name: reference }).click();
    await expect(adminPage.getByRole("button", { name: "Accept and save correction" })).toBeVisible();
    await adminPage.getByRole("button", { name: "Reject suggestion" }).click();
    await expect(adminPage.getByText("Reason is required")).toBeVisible();
    await adminPage.getByLabel(/^Reason/).fill("The page cited does not mention Rokid's founding.");
    await adminPage.getByRole("button", { name: "Reject suggestion" }).click();
    await expect(adminPage).toHaveURL(/\?decided=rejected$/);

    await reader.goto(`/suggest/status?ref=${reference}`);
    await baseExpect(reader.getByTestId("suggestion-status")).toContainText("Not accepted");
    await baseExpect(reader.getByTestId("suggestion-status")).toContainText("does not mention Rokid's founding");
  });

  for (const width of [1280, 390]) {
    test(`the form, the queue and the review page fit a ${width} px screen`, async ({
      browser,
      adminPage,
      baseURL,
    }, testInfo) => {
      test.slow();
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      // The widget runs under the site's Content-Security-Policy (its workers, its injected style).
      const violations: string[] = [];
      await context.exposeFunction("__reportCspViolation", (line: string) => violations.push(line));
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
          void report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      // The widget and its check are self-hosted: nothing on these pages asks another site for anything.
      const foreign: string[] = [];
      context.on("request", (request) => {
        const url = new URL(request.url());
        if ((url.protocol === "http:" || url.protocol === "https:") && url.origin !== new URL(baseURL!).origin)
          foreign.push(request.url());
      });
      const reader = await context.newPage();
      await reader.goto("/suggest");
      await baseExpect(reader.getByRole("heading", { name: "Suggest a start-up" })).toBeVisible();
      await reader.getByLabel("English name").fill(`Narrow Screen AI ${width} ${run}`);
      await reader.getByLabel(/Source web address/).fill(`https://www.qbitai.com/2025/01/narrow-${width}-${run}.html`);
      await waitForProofOfWork(reader);
      await reader.screenshot({ path: testInfo.outputPath(`suggest-${width}.png`), fullPage: true });
      const pages: Page[] = [reader];
      await reader.getByRole("button", { name: "Send suggestion" }).click();
      await baseExpect(reader).toHaveURL(/\/suggest\/status\?ref=/);
      await reader.screenshot({ path: testInfo.outputPath(`sent-${width}.png`), fullPage: true });
      const reference = (await reader.getByTestId("suggestion-reference").textContent())!.trim();

      await adminPage.setViewportSize({ width, height: 900 });
      await adminPage.goto("/admin/suggestions");
      await adminPage.screenshot({ path: testInfo.outputPath(`queue-${width}.png`), fullPage: true });
      for (const page of pages) await checkNoSidewaysScroll(page, width);
      await checkNoSidewaysScroll(adminPage, width);
      await adminPage.getByRole("link", { name: reference }).click();
      await expect(adminPage.getByRole("heading", { name: `Suggestion ${reference}` })).toBeVisible();
      await adminPage.screenshot({ path: testInfo.outputPath(`review-${width}.png`), fullPage: true });
      await checkNoSidewaysScroll(adminPage, width);
      baseExpect(foreign, "requests to other sites").toEqual([]);
      baseExpect(violations, "CSP violations on the reader's pages").toEqual([]);
      // Leave the queue as it was.
      await adminPage.getByLabel(/^Reason/).fill("Screenshot test.");
      await adminPage.getByRole("button", { name: "Reject suggestion" }).click();
      await expect(adminPage).toHaveURL(/\?decided=rejected$/);
      await context.close();
    });
  }

  base("the reference lookup explains a mistyped reference", async ({ page }) => {
    await page.goto("/suggest/status?ref=nonsense");
    await baseExpect(page.getByText("That is not a suggestion reference")).toBeVisible();
    await page.goto("/suggest/status?ref=S-00000000");
    await baseExpect(page.getByText("No suggestion has the reference S-00000000")).toBeVisible();
  });
});
