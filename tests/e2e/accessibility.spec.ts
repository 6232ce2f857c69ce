import { expect, test } from "./support/test";
import { expectAccessible } from "./support/accessibility";
import { signIn } from "./support/sign-in";

// Every kind of page, public and signed in, checked by axe-core against WCAG 2.1 A and AA:
// contrast, names and labels, landmarks, focusable hidden content, tables. The application form
// itself is checked along the way in application-walk.spec.ts.
const PUBLIC = ["/", "/register", "/register/batches", "/statistics", "/self-assessment", "/notices", "/notices/objections/status", "/verify", "/signin", "/signup", "/exits", "/api-docs"];
for (const path of PUBLIC) {
  test(`${path} meets WCAG 2.1 AA (axe)`, async ({ page }) => {
    await page.goto(path);
    await expectAccessible(page);
  });
}

test("public detail pages meet WCAG 2.1 AA (axe): a firm, a batch list, a certificate verdict", async ({ page }) => {
  await page.goto("/register?status=active");
  const firstRow = page.getByTestId("register-results").locator("tbody tr").first();
  const number = (await firstRow.getByRole("link", { name: /^证书 / }).getAttribute("aria-label"))!.replace(/^证书 /, "");
  await firstRow.locator("td").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/register\/companies\//);
  await expectAccessible(page);
  await page.goto(`/verify?number=${encodeURIComponent(number)}`);
  await expect(page).toHaveURL(/\/verify\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await page.goto("/register/batches");
  await page.locator("main table tbody tr").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/register\/batches\/[^/]+$/);
  await expectAccessible(page);
});

const SIGNED_IN: { who: string; email: string; password: string; paths: string[] }[] = [
  { who: "a company", email: "company@demo.sme.cn", password: "Company#2026", paths: ["/company", "/company/recognitions", "/company/annual-reports", "/company/changes", "/company/users", "/inbox"] },
  { who: "a municipal official", email: "fuzhou@demo.gov.cn", password: "City#2026", paths: ["/staff", "/staff/applications", "/staff/recognitions"] },
  { who: "a provincial official", email: "fujian@demo.gov.cn", password: "Province#2026", paths: ["/staff/batches"] },
  { who: "the national administrator", email: "admin@demo.gov.cn", password: "Admin#2026", paths: ["/admin", "/admin/rule-sets", "/admin/calendar", "/admin/imports", "/admin/jobs", "/admin/settings"] },
  { who: "an expert", email: "expert1@demo.sme.cn", password: "Expert#2026", paths: ["/expert"] },
];
for (const { who, email, password, paths } of SIGNED_IN) {
  test(`the pages of ${who} meet WCAG 2.1 AA (axe)`, async ({ page }) => {
    await signIn(page, email, password);
    for (const path of paths) {
      await page.goto(path);
      await expectAccessible(page);
    }
  });
}

test("the review page of an application meets WCAG 2.1 AA (axe)", async ({ page }) => {
  await signIn(page, "fuzhou@demo.gov.cn", "City#2026");
  await page.goto("/staff/applications");
  await page.getByTestId("queue-row").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/staff\/applications\/[^/]+$/);
  await expectAccessible(page);
});
