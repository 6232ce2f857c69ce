import { expect, test } from "./support/test";

// The public pages a citizen opens first: each must load without a console error or a failed
// request (a missing icon, a blocked script, a broken stylesheet).
for (const path of ["/", "/register", "/register/batches", "/statistics", "/self-assessment", "/notices", "/api-docs", "/verify"]) {
  test(`${path} loads without console errors or failed requests`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    // Next.js cancels and repeats link prefetches as the page settles: an abort is not a failure.
    page.on("requestfailed", (request) => {
      const error = request.failure()?.errorText ?? "";
      if (error !== "net::ERR_ABORTED") problems.push(`failed: ${request.url()} ${error}`);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState("networkidle");
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon/);
    expect(problems).toEqual([]);
  });
}

// Browsers ask for /favicon.ico on their own, on error pages too (a 403, a 404): it leads to the portal's icon.
test("/favicon.ico leads to the portal's icon", async ({ page }) => {
  const response = await page.request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.url()).toMatch(/\/icon\.svg$/);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
});
