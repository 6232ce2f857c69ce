import { randomBytes } from "node:crypto";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { linkIn, waitForMail } from "./support/mailbox";
import { builtServerActions, postServerAction } from "./support/server-actions";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * A company user who forgot the password, in Chromium: asks on the sign-in page, reads the email
 * from the real SMTP capture, chooses a new password; the browser still signed in elsewhere is
 * signed out, and the new password (not the old) signs in. A fresh firm, so the demo accounts
 * keep their passwords for the other specs.
 */
const registerCompany = builtServerActions().find((a) => a.key.endsWith("#registerCompanyAction"))!;
const OLD = "Endtoend#2026";
const NEW = "lantern quarry maple drift";

test("a company user resets a forgotten password through the emailed link, and the old session no longer works", async ({
  page,
  browser,
  baseURL,
  expectConsoleError,
}) => {
  test.setTimeout(120_000);
  // The old password, tried at the end, is refused with a 401.
  expectConsoleError(/status of 401 .*\/api\/auth\/callback\/credentials\)$/);
  const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
  const email = `reset-${Date.now()}@example.cn`;
  const signup = await postServerAction(page.request, baseURL!, registerCompany, [
    {
      creditCode: buildCreditCode("91", "350100", organisation),
      companyName: "福州密码重置测试有限公司",
      provinceCode: "350000",
      cityCode: "350100",
      industryCode: "C34",
      contactName: "吴测试",
      contactEmail: email,
      contactPhone: "13912345672",
      password: OLD,
      passwordConfirm: OLD,
    },
  ]);
  expect(signup.ok, signup.body.slice(0, 300)).toBe(true);

  // The same person is signed in on another device.
  const elsewhere = await (await browser.newContext({ baseURL })).newPage();
  await signIn(elsewhere, email, OLD);
  await elsewhere.goto("/company");
  await expect(elsewhere).toHaveURL(/\/company$/);

  await page.goto("/signin");
  await page.getByRole("link", { name: "忘记密码？" }).click();
  await expect(page).toHaveURL(/\/password-reset$/);
  await page.getByLabel("邮箱").fill(email);
  await page.getByRole("button", { name: "发送重置链接" }).click();
  await expect(page.getByTestId("password-reset-result")).toContainText(email);

  const link = linkIn(await waitForMail(email, /重置您的密码/), "/password-reset/");
  await page.goto(link);
  await expect(page.getByTestId("page-title")).toHaveText("设置新密码");
  // The sign-up policy applies: a common password is refused, and the link still works after it.
  await page.getByLabel("新密码", { exact: true }).fill("password1234");
  await page.getByLabel("再次输入新密码").fill("password1234");
  await page.getByRole("button", { name: "设置新密码" }).click();
  await expect(page.locator("#reset-password-error")).toContainText("常见密码");
  await page.getByLabel("新密码", { exact: true }).fill(NEW);
  await page.getByLabel("再次输入新密码").fill(NEW);
  await page.getByRole("button", { name: "设置新密码" }).click();
  await expect(page.getByTestId("password-reset-done")).toBeVisible();

  // The link is spent; the other device's next page load goes to sign-in.
  await page.goto(link);
  await expect(page.getByTestId("token-refused")).toHaveAttribute("data-verdict", "used");
  await elsewhere.goto("/company");
  await expect(elsewhere).toHaveURL(/\/signin/);

  await page.goto("/signin");
  await page.getByLabel("邮箱").fill(email);
  await page.getByLabel("密码").fill(OLD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#signin-error")).toContainText("邮箱或密码不正确");
  await page.getByLabel("密码").fill(NEW);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
  await page.goto("/company");
  await expect(page).toHaveURL(/\/company$/);
});
