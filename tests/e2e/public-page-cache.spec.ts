import { type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

// The production server (server.ts) serves the anonymous register search from stored HTML.
// A stored page must behave exactly like a rendered one in a real browser: its scripts run
// under the response's own CSP nonce (else the page would never come alive), and nobody who is
// signed in is ever given it.
const SEARCH = `/register?q=${encodeURIComponent("科技")}&sort=name`;

async function openUntilServedFromCache(page: Page) {
  const outcomes: (string | null)[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await page.goto(SEARCH);
    expect(response?.status()).toBe(200);
    outcomes.push(response!.headers()["x-page-cache"] ?? null);
    if (outcomes.at(-1) === "hit") return { response: response!, outcomes };
  }
  throw new Error(`the register search was never served from the page cache: ${outcomes.join(", ")}`);
}

test("a stored register page comes alive in Chromium under a nonce of its own", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  const { response, outcomes } = await openUntilServedFromCache(page);
  expect(outcomes).toContain("miss");

  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  const html = await response.text();
  const scriptNonces = new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]));
  expect([...scriptNonces]).toEqual([nonce]);
  await expect(page.getByTestId("result-count")).toContainText(/\d/);

  // Hydrated: a link is followed by the client-side router, so this document survives it.
  await page.evaluate(() => ((window as unknown as { stayedOnDocument: boolean }).stayedOnDocument = true));
  await page.getByRole("link", { name: "按批次浏览" }).click();
  await expect(page).toHaveURL(/\/register\/batches$/);
  expect(await page.evaluate(() => (window as unknown as { stayedOnDocument?: boolean }).stayedOnDocument)).toBe(true);
  expect(problems).toEqual([]);
});

test("nobody signed in is given a stored page", async ({ page }) => {
  await openUntilServedFromCache(page);
  await signIn(page, "fuzhou@demo.gov.cn", "City#2026");
  const response = await page.goto(SEARCH);
  expect(response?.headers()["x-page-cache"]).toBeUndefined();
  await expect(page.getByTestId("account-name")).toBeVisible();
});

test("each language is stored apart", async ({ browser }) => {
  const english = await browser.newContext({ locale: "en-US" });
  const page = await english.newPage();
  await openUntilServedFromCache(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("认定企业名录");
  await english.close();
});
