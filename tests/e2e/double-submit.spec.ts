import type { Request } from "@playwright/test";
import { expect, idFromUrl, test } from "./fixtures/admin";

const run = Date.now().toString(36);

test("a new funding round double-clicked, and its request sent five more times at once, is created once", async ({
  adminPage: page,
  created,
  baseURL,
}) => {
  const name = `Double Click ${run}`;
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(name);
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const startupId = idFromUrl(page);
  created.push({ entity: "startups", id: startupId });

  await page.goto(`/admin/funding-rounds/new?startupId=${startupId}`);
  await expect(page.getByRole("combobox", { name: /^Start-up/ })).toHaveValue(name);
  await page.getByLabel(/^Stage(?! as reported)/).selectOption({ label: "Seed" });
  const posts: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/admin/funding-rounds/new") {
      posts.push(request);
    }
  });

  await page.getByRole("button", { name: "Create funding round" }).dblclick();
  await expect(page).toHaveURL(/\/admin\/funding-rounds\/\d+\/edit\?saved=created$/);
  const roundId = idFromUrl(page);
  created.push({ entity: "funding-rounds", id: roundId });

  test.info().annotations.push({ type: "submissions from the double click", description: String(posts.length) });

  // The browser's own submission sent again, five times at once, as a flaky connection or a second
  // tab would: each is answered with the same redirect to the round the first one created.
  expect(posts.length).toBeGreaterThanOrEqual(1);
  const original = posts[0]!;
  const body = original.postDataBuffer();
  expect(body).not.toBeNull();
  const replies = await Promise.all(
    Array.from({ length: 5 }, () =>
      page.request.post(original.url(), { headers: { ...original.headers(), origin: baseURL! }, data: body! }),
    ),
  );
  for (const reply of replies) {
    expect(reply.status()).toBeLessThan(400);
    expect(reply.headers()["x-action-redirect"]).toContain(`/admin/funding-rounds/${roundId}/edit?saved=created`);
  }

  await page.goto(`/admin/funding-rounds?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("row").filter({ hasText: name })).toHaveCount(1);
});

test("the new-account form, used twice in a row, creates two accounts: its key is renewed once it has saved", async ({
  adminPage: page,
}) => {
  await page.goto("/admin/users");
  const form = page.locator("#new-user");
  for (const who of ["first", "second"]) {
    const email = `${who}-${run}@example.org`;
    await form.getByLabel("Name").fill(`Twice ${who}`);
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Password").fill(`Vq7-${run}-plum-harbour-${who}`);
    await form.getByRole("button", { name: "Create account" }).click();
    await expect(form.getByText("Account created.")).toBeVisible();
    await expect(page.getByTestId("user-row").filter({ hasText: email })).toHaveCount(1);
  }
});
