import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { generate } from "otplib";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { expectAccessible } from "./support/accessibility";
import { linkIn, waitForMail } from "./support/mailbox";
import { builtServerActions, postServerAction } from "./support/server-actions";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * Account administration end to end (issue 13; docs/decisions/023), with the emails read from
 * the e2e server's real SMTP server: the national administrator invites a Fujian provincial
 * administrator; that person sets a password through the link, signs in and sets up two-factor,
 * then invites a Fuzhou municipal official and a provincial expert, who set their passwords and
 * land on their own pages, and opens Fujian's 2027 innovative call, to which a new Fujian firm
 * applies. A used link cannot be used again.
 */
const stamp = Date.now().toString(36);
const PEOPLE = {
  admin: { email: `fujian-admin-${stamp}@bureau.gov.cn`, name: "福建省新任管理员" },
  official: { email: `fuzhou-official-${stamp}@bureau.gov.cn`, name: "福州市新任审核员" },
  expert: { email: `fujian-expert-${stamp}@bureau.gov.cn`, name: "福建省评审专家" },
};
const PASSWORD = "harbour-violin-kettle-amber";
const CALL = "福建省2027年创新型中小企业评价";
const registerCompany = builtServerActions().find((a) => a.key.endsWith("#registerCompanyAction"))!;

async function invite(page: Page, who: { email: string; name: string }, role: string, jurisdiction?: string) {
  await page.goto("/admin/users/new");
  await page.getByLabel("邮箱").fill(who.email);
  await page.getByLabel("姓名").fill(who.name);
  await page.getByLabel("角色").selectOption(role);
  if (jurisdiction) await page.getByLabel("所属地区").selectOption(jurisdiction);
  await page.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByTestId("invite-result")).toContainText(`邀请邮件已发往 ${who.email}`);
}

/** Opens the emailed link in a browser of its own, sets the password (a weak one first), and returns the link. */
async function acceptByEmail(browser: Browser, baseURL: string, email: string): Promise<string> {
  const link = linkIn(await waitForMail(email, /邀请您使用/), "/invitation/");
  const context = await browser.newContext({ baseURL, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "设置密码" })).toBeVisible();
  await page.getByLabel("新密码").fill("password1234");
  await page.getByLabel("再次输入密码").fill("password1234");
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page.getByLabel("新密码")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("invitation-result")).toContainText("这个密码是常见密码");
  await page.getByLabel("新密码").fill(PASSWORD);
  await page.getByLabel("再次输入密码").fill(PASSWORD);
  await page.getByRole("button", { name: "设置密码" }).click();
  await expect(page.getByTestId("invitation-accepted")).toContainText(`请使用 ${email} 和新密码登录`);
  await context.close();
  return link;
}

test.describe.serial("accounts administered in the portal", () => {
  test("the national administrator invites a Fujian provincial administrator; an address with an account is refused", async ({ page }) => {
    await signIn(page, "admin@demo.gov.cn", "Admin#2026");
    await page.goto("/admin");
    await page.getByTestId("area-links").getByRole("link", { name: "账号管理" }).click();
    await expect(page).toHaveURL(/\/admin\/users$/);
    // The national office manages the ministry's people, national experts and the provinces' administrators.
    await expect(page.getByTestId("account-miit@demo.gov.cn")).toBeVisible();
    await expect(page.getByTestId("account-admin.fujian@demo.gov.cn")).toBeVisible();
    await expect(page.getByTestId("account-fuzhou@demo.gov.cn")).toHaveCount(0);
    await expectAccessible(page);

    await page.goto("/admin/users/new");
    await expectAccessible(page);
    await page.getByLabel("邮箱").fill("fujian@demo.gov.cn");
    await page.getByLabel("姓名").fill("重复");
    await page.getByLabel("角色").selectOption("ministry");
    await page.getByRole("button", { name: "发送邀请" }).click();
    await expect(page.getByLabel("邮箱")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("该邮箱已有账号")).toHaveCount(2);

    await invite(page, PEOPLE.admin, "administrator", "350000");
    await page.getByTestId("invited-account").click();
    await expect(page.getByTestId("account-state")).toHaveAttribute("data-state", "invited");
    await expect(page.getByTestId("account-history")).toContainText("发出邀请");
  });

  test("the invited administrator sets a password, signs in, sets up two-factor and invites a Fuzhou official and an expert", async ({
    page,
    browser,
    baseURL,
  }) => {
    const link = await acceptByEmail(browser, baseURL!, PEOPLE.admin.email);
    // The link worked once.
    await page.goto(link);
    await expect(page.getByTestId("invitation-refused")).toHaveText("此链接已使用过，不能再次使用。");

    await signIn(page, PEOPLE.admin.email, PASSWORD);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/account/two-factor");
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    const confirm = page.getByTestId("confirm-two-factor");
    await confirm.getByLabel("验证码").fill(await generate({ secret }));
    await confirm.getByRole("button", { name: "启用双重验证" }).click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await page.getByRole("button", { name: "我已保存恢复码，继续" }).click();

    await page.goto("/admin/users");
    // A province's administrator sees its own province's people only.
    await expect(page.getByTestId("account-fuzhou@demo.gov.cn")).toBeVisible();
    await expect(page.getByTestId("account-miit@demo.gov.cn")).toHaveCount(0);
    await page.goto("/admin/users/new");
    await expect(page.getByLabel("角色").locator("option")).toHaveText(["请选择角色", "省级工作人员", "市级工作人员", "专家"]);
    await invite(page, PEOPLE.official, "municipal", "350100");
    await invite(page, PEOPLE.expert, "expert");

    // The same person opens the province's innovative call for 2027, from today.
    await page.goto("/admin/calls/new");
    await page.getByLabel("层级", { exact: true }).selectOption("innovative");
    await page.getByLabel("年度", { exact: true }).fill("2027");
    await page.getByLabel("中文名称").fill(CALL);
    await page.getByLabel("英文名称").fill("Fujian 2027 innovative SME evaluation");
    await page.getByRole("button", { name: "开设项目" }).click();
    await expect(page.getByTestId("call-code")).toHaveText("innovative-350000-2027");
    await expect(page.getByTestId("call-state")).toHaveAttribute("data-state", "open");
  });

  test("a new Fujian firm applies to the call the invited administrator opened", async ({ page, baseURL }) => {
    const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
    const email = `applicant-${stamp}@example.cn`;
    const signup = await postServerAction(page.request, baseURL!, registerCompany, [
      {
        creditCode: buildCreditCode("91", "350100", organisation),
        companyName: "福州新项目申报测试有限公司",
        provinceCode: "350000",
        cityCode: "350100",
        industryCode: "C34",
        contactName: "郑申报",
        contactEmail: email,
        contactPhone: "13912345675",
        password: PASSWORD,
        passwordConfirm: PASSWORD,
      },
    ]);
    expect(signup.ok, signup.body.slice(0, 300)).toBe(true);
    await signIn(page, email, PASSWORD);
    await page.goto("/company");
    await page
      .getByTestId("programme")
      .filter({ hasText: CALL })
      .getByRole("button", { name: /开始申报/ })
      .click();
    await expect(page).toHaveURL(/\/company\/applications\/[0-9a-f-]{36}$/);
    await expect(page.getByText(`${CALL} · `)).toBeVisible();
  });

  test("the new official and expert set their passwords and reach their own pages", async ({ page, browser, baseURL }) => {
    await acceptByEmail(browser, baseURL!, PEOPLE.official.email);
    await signIn(page, PEOPLE.official.email, PASSWORD);
    await expect(page).toHaveURL(/\/staff$/);
    await page.goto("/staff/applications");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.context().clearCookies();

    await acceptByEmail(browser, baseURL!, PEOPLE.expert.email);
    await signIn(page, PEOPLE.expert.email, PASSWORD);
    await expect(page).toHaveURL(/\/expert$/);
  });

  test("the national administrator disables the new administrator, who can no longer sign in", async ({ page, browser, baseURL, expectConsoleError }) => {
    // next-auth answers the refused sign-in with 401, which the browser logs.
    expectConsoleError(/status of 401 .*\/api\/auth\/callback\/credentials\)$/);
    const context = await browser.newContext({ baseURL, locale: "zh-CN" });
    const other = await context.newPage();
    await signIn(page, "admin@demo.gov.cn", "Admin#2026");
    await page.goto(`/admin/users?q=${encodeURIComponent(PEOPLE.admin.email)}`);
    await page.getByTestId(`account-${PEOPLE.admin.email}`).getByRole("link").click();
    await expect(page.getByTestId("account-state")).toHaveAttribute("data-state", "active");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByTestId("account-disable").click();
    await expect(page.getByTestId("account-access-result")).toHaveText("账号已停用。");
    await expect(page.getByTestId("account-state")).toHaveAttribute("data-state", "disabled");
    await expect(page.getByTestId("account-history")).toContainText("停用");
    // Signing in is refused now (two-factor or not, a disabled account opens nothing).
    await other.goto("/signin");
    await other.getByLabel("邮箱").fill(PEOPLE.admin.email);
    await other.getByLabel("密码").fill(PASSWORD);
    await other.getByRole("button", { name: "登录" }).click();
    await expect(other).toHaveURL(/\/signin/);
    await context.close();
  });
});
