import { expect, test } from "@playwright/test";
import { e2eAdmin } from "./fixtures/credentials";

// The one spec that walks the real sign-in form; the others sign in through the endpoint.
test("signing in through the form, a wrong password first, then out again", async ({ page }) => {
  await page.goto("/admin/startups");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fstartups$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to edit");

  await page.getByLabel("Email").fill(e2eAdmin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-summary")).toContainText("Wrong email or password.");
  // What was typed stays; the password field is for typing again.
  await expect(page.getByLabel("Email")).toHaveValue(e2eAdmin.email);

  await page.getByLabel("Password").fill(e2eAdmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/startups$/);
  await expect(page.getByTestId("current-user")).toHaveText(e2eAdmin.name);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start-ups");

  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "atlas.session_token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});

test("the public reads without an account and sees no admin", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const lookup = await page.request.get("/api/admin/lookup?entity=startups&q=a");
  expect(lookup.status()).toBe(401);
});
