import { expect, test } from "./support/test";

/**
 * The sign-in page's return address, as an attacker would write it into a link: each of these
 * resolves to another origin in a browser (or runs script); signing in must land on the portal.
 * The query strings are written raw, as they would be in a phishing link.
 */
const HOSTILE_QUERIES = [
  "callbackUrl=//evil.example/company",
  "callbackUrl=/%5Cevil.example",
  "callbackUrl=/%09/evil.example",
  "callbackUrl=%2F%2Fevil.example",
  "callbackUrl=/.//evil.example",
  "callbackUrl=https://evil.example/",
  "callbackUrl=javascript:alert(document.domain)",
  "callbackUrl=%20//evil.example",
];

test("signing in with a hostile return address lands on the portal, never elsewhere", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const portal = new URL(baseURL!).origin;
  for (const query of HOSTILE_QUERIES) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/signin?${query}`);
    await page.getByLabel("邮箱").fill("company@demo.sme.cn");
    await page.getByLabel("密码").fill("Company#2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page, query).toHaveURL(/\/company$/);
    expect(new URL(page.url()).origin, query).toBe(portal);
    expect(dialogs, query).toEqual([]);
    await context.close();
  }
});

test("a return address on the portal is still followed after sign-in", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fcompany%2Frecognitions");
  await page.getByLabel("邮箱").fill("company@demo.sme.cn");
  await page.getByLabel("密码").fill("Company#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/company\/recognitions$/);
});
