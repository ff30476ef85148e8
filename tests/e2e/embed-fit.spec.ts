import { readFile } from "node:fs/promises";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { hydrated } from "./fixtures/hydrated";

// A newsroom's article on another origin (localhost, not 127.0.0.1) framing the chart with the
// code the chart page gives. Written into a page the server really served: Chromium refuses to frame
// a private address from a page with no network origin.
async function article(page: Page, newsroom: string, snippet: string) {
  await page.goto(`${newsroom}/api/health`);
  await page.setContent(
    `<!doctype html><html><head><meta name="viewport" content="width=device-width,initial-scale=1"></head>` +
      `<body style="margin:0;font-family:serif"><article style="max-width:1280px;margin:0 auto;padding:0 8px">` +
      `<h1>A newsroom story</h1><p>Some text.</p>${snippet}<p>After the chart.</p></article></body></html>`,
  );
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator("iframe").first().elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForLoadState();
  return frame!;
}

/** Everything of the chart fits in the iframe: nothing to scroll to, and the source line inside the frame's box. */
async function expectWholeChartVisible(page: Page) {
  const iframe = page.locator("iframe").first();
  const frame = await embedFrame(page);
  await expect(frame.getByTestId("source-line")).toBeVisible();
  await expect
    .poll(async () => {
      const frameHeight = (await iframe.boundingBox())!.height;
      const contentHeight = await frame.evaluate(() => document.querySelector("main")!.getBoundingClientRect().height);
      return contentHeight - frameHeight;
    })
    .toBeLessThanOrEqual(1);
  const box = (await iframe.boundingBox())!;
  const source = (await page.frameLocator("iframe").first().getByTestId("source-line").boundingBox())!;
  expect(source.y + source.height).toBeLessThanOrEqual(box.y + box.height);
  expect(source.x + source.width).toBeLessThanOrEqual(box.x + box.width + 1);
  expect(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test("the responsive embed fits the whole chart and its source line at 390 and 1280 px", async ({ page, baseURL }) => {
  const newsroom = baseURL!.replace("127.0.0.1", "localhost");
  await page.goto("/charts/startups-by-city");
  const responsive = page.getByTestId("embed-code");
  // Hydrated: the snippet names this site's address, and its height is the measured one.
  await expect(responsive).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/`));
  // The height is measured once the embed code comes into view (not with the page).
  await responsive.scrollIntoViewIfNeeded();
  await expect(page.getByTestId("embed-height")).toContainText("px tall at this width");
  await expect(responsive).toHaveValue(
    /data-alumni-atlas-embed.*\n<script async src="http:\/\/[^"]+\/embed\.js"><\/script>$/,
  );
  const snippet = await responsive.inputValue();
  const fallback = Number(/height="(\d+)"/.exec(snippet)![1]);

  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await article(page, newsroom, snippet);
    // The script has set the frame's height from the embed's report, not left the fallback.
    await expect(page.locator("iframe")).toHaveAttribute("style", /height: \d+px/);
    await expectWholeChartVisible(page);
    const frame = await embedFrame(page);
    await expect(frame.getByText("City not reported").filter({ visible: true })).toBeVisible();
    await page.screenshot({ path: `test-results/embed-responsive-${width}.png`, fullPage: true });
  }
  // At 390 px the chart is taller than at 1280 px: the height follows the width.
  expect(fallback).toBeGreaterThan(200);
});

test("without the script the iframe keeps a fixed height; the plain snippet's height fits the chosen width", async ({
  page,
  baseURL,
}) => {
  const newsroom = baseURL!.replace("127.0.0.1", "localhost");
  await page.goto("/charts/startups-by-city");
  const heights: Record<number, number> = {};
  for (const width of [390, 1280]) {
    await page.goto("/charts/startups-by-city");
    await (await hydrated(page.getByTestId("embed-width"))).selectOption(String(width));
    await expect(page.getByTestId("embed-height")).toContainText("px tall at this width");
    const plain = await page.getByTestId("embed-code-plain").inputValue();
    expect(plain).not.toContain("<script");
    expect(plain).toContain(`width="${width}"`);
    heights[width] = Number(/height="(\d+)"/.exec(plain)![1]);
    await page.setViewportSize({ width: width + 16, height: 900 });
    await article(page, newsroom, plain);
    await expectWholeChartVisible(page);
    await page.screenshot({ path: `test-results/embed-plain-${width}.png`, fullPage: true });
  }
  expect(heights[390]).toBeGreaterThan(heights[1280]!);
});

test("exported SVGs carry their own font, Chinese included", async ({ page }) => {
  await page.goto("/charts/top-investors");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "SVG", exact: true }).click();
  const svg = await readFile((await (await download).path())!, "utf8");
  expect(svg).toMatch(/^<svg[^>]+font-family="'Noto Sans SC',/);
  expect(svg).toContain("<style>@font-face{font-family:'Noto Sans SC'");
  expect(svg).toMatch(/src:url\(data:font\/woff;base64,[A-Za-z0-9+/=]{200,}\)/);

  // The font covers the chart's Chinese (the top investors include names written only in Chinese).
  const ranges = [...svg.matchAll(/unicode-range:([^;]+);/g)].map((m) => m[1]).join(",");
  expect(ranges).toMatch(/U\+[4-9][0-9a-f]{3}/);
  expect(svg).toMatch(/[\u4e00-\u9fff]/);

  // Drawn in the browser as the PNG export draws it, the image with its Chinese differs from the
  // same image with the Chinese taken out: the characters are drawn, not dropped.
  const differs = await page.evaluate(async (source) => {
    const draw = async (text: string) => {
      const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      canvas.getContext("2d")!.drawImage(image, 0, 0);
      return canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data.join(",");
    };
    const stripped = source.replace(/[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g, "");
    return (await draw(source)) !== (await draw(stripped));
  }, svg);
  expect(differs).toBe(true);
});

test("an exported PNG draws every label, note and source line, in the shipped font", async ({ page }) => {
  await page.goto("/charts/top-investors");
  const downloads: Record<string, string> = {};
  for (const name of ["PNG", "SVG"]) {
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name, exact: true }).click();
    downloads[name] = (await (await download).path())!;
  }
  const png = (await readFile(downloads.PNG!)).toString("base64");
  const svg = await readFile(downloads.SVG!, "utf8");
  // The PNG against the same SVG drawn after a full second, when its fonts have surely loaded: the
  // same ink, so nothing was drawn before its font was ready.
  const ink = await page.evaluate(
    async ({ png, svg }) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const darkPixels = (image: HTMLImageElement, width: number, height: number) => {
        const canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext("2d")!;
        context.fillStyle = "#fff";
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        const data = context.getImageData(0, 0, width, height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 160 && data[i + 2]! < 160) dark++;
        return dark;
      };
      const exported = await load(`data:image/png;base64,${png}`);
      const vector = await load(URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })));
      darkPixels(vector, exported.naturalWidth, exported.naturalHeight);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return {
        exported: darkPixels(exported, exported.naturalWidth, exported.naturalHeight),
        settled: darkPixels(vector, exported.naturalWidth, exported.naturalHeight),
      };
    },
    { png, svg },
  );
  expect(ink.settled).toBeGreaterThan(0);
  expect(Math.abs(ink.exported - ink.settled) / ink.settled).toBeLessThan(0.02);
});
