import { randomBytes } from "node:crypto";
import { buildCreditCode, CREDIT_CODE_ALPHABET } from "@/lib/company/credit-code";
import { linkIn, waitForMail } from "./support/mailbox";
import { builtServerActions, postServerAction } from "./support/server-actions";
import { signIn } from "./support/sign-in";
import { expect, test } from "./support/test";

/**
 * A firm's own accounts in Chromium (issue 13; docs/decisions/028): the person who signed the
 * firm up is its administrator, invites a colleague by email (read from the real SMTP capture),
 * the colleague sets a password and sees the accounts without the forms; the administrator hands
 * the role over after confirming, and the new administrator removes the old one, whose session
 * ends at once. A fresh firm, so the demo accounts stay as they are for the other specs.
 */
const registerCompany = builtServerActions().find((a) => a.key.endsWith("#registerCompanyAction"))!;
const stamp = Date.now().toString(36);
const FOUNDER = { email: `founder-${stamp}@example.cn`, name: "林创始", password: "granite-willow-ember-fjord" };
const COLLEAGUE = { email: `colleague-${stamp}@example.cn`, name: "陈同事", password: "orchid-lantern-copper-tide" };
const FIRM = "福州同事测试科技有限公司";

test("a firm's administrator invites a colleague, hands the role over, and is removed by the new administrator", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const organisation = [...randomBytes(9)].map((b) => CREDIT_CODE_ALPHABET[b % CREDIT_CODE_ALPHABET.length]).join("");
  const signup = await postServerAction(page.request, baseURL!, registerCompany, [
    {
      creditCode: buildCreditCode("91", "350100", organisation),
      companyName: FIRM,
      provinceCode: "350000",
      cityCode: "350100",
      industryCode: "C34",
      contactName: FOUNDER.name,
      contactEmail: FOUNDER.email,
      contactPhone: "13912345673",
      password: FOUNDER.password,
      passwordConfirm: FOUNDER.password,
    },
  ]);
  expect(signup.ok, signup.body.slice(0, 300)).toBe(true);

  await signIn(page, FOUNDER.email, FOUNDER.password);
  await page.goto("/company/users");
  const founderRow = page.getByTestId("colleague-row").filter({ hasText: FOUNDER.email });
  await expect(founderRow).toContainText("管理员");
  await expect(page.getByText("尚无可移交的同事")).toBeVisible();

  // A bad address is refused on the field, what was typed stays, and nobody is invited.
  const invite = page.getByRole("form", { name: "邀请同事" });
  await invite.getByLabel("姓名").fill(COLLEAGUE.name);
  await invite.getByLabel("邮箱").fill("not-an-address");
  await invite.getByRole("button", { name: "发送邀请" }).click();
  await expect(invite.getByLabel("邮箱")).toHaveAttribute("aria-invalid", "true");
  await expect(invite.getByLabel("姓名"), "a refusal keeps what was typed").toHaveValue(COLLEAGUE.name);
  await expect(page.getByTestId("colleague-row")).toHaveCount(1);
  await invite.getByLabel("邮箱").fill(COLLEAGUE.email);
  await invite.getByRole("button", { name: "发送邀请" }).click();
  await expect(page.getByTestId("colleague-invite-result")).toContainText(`邀请已发送至 ${COLLEAGUE.email}`);
  await expect(page.getByTestId("colleague-row").filter({ hasText: COLLEAGUE.email })).toContainText("已邀请");

  // The colleague's link names the firm; they set their own password.
  const link = linkIn(await waitForMail(COLLEAGUE.email, new RegExp(`${FIRM}邀请您使用`)), "/invitation/");
  const colleague = await (await browser.newContext({ baseURL, locale: "zh-CN" })).newPage();
  await colleague.goto(link);
  await expect(colleague.getByText(FIRM)).toBeVisible();
  await colleague.getByLabel("新密码").fill(COLLEAGUE.password);
  await colleague.getByLabel("再次输入密码").fill(COLLEAGUE.password);
  await colleague.getByRole("button", { name: "设置密码" }).click();
  await expect(colleague.getByTestId("invitation-accepted")).toBeVisible();
  await signIn(colleague, COLLEAGUE.email, COLLEAGUE.password);
  await colleague.goto("/company/users");
  await expect(colleague.getByTestId("administrator-is")).toContainText(FOUNDER.name);
  await expect(colleague.getByRole("button", { name: "发送邀请" })).toHaveCount(0);
  await expect(colleague.getByRole("button", { name: /^移除/ })).toHaveCount(0);

  // Handing over asks first: dismissing the question changes nothing.
  await page.reload();
  await page.getByLabel("新管理员").selectOption({ label: `${COLLEAGUE.name} (${COLLEAGUE.email})` });
  page.once("dialog", (dialog) => void dialog.dismiss());
  await page.getByRole("button", { name: "移交", exact: true }).click();
  await expect(page.getByRole("button", { name: "发送邀请" })).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain(COLLEAGUE.name);
    void dialog.accept();
  });
  await page.getByRole("button", { name: "移交", exact: true }).click();
  await expect(page.getByTestId("administrator-is")).toContainText(COLLEAGUE.name);
  await expect(page.getByRole("button", { name: "发送邀请" })).toHaveCount(0);

  // The new administrator removes the founder, after confirming; the founder's next page is sign-in.
  await colleague.reload();
  colleague.once("dialog", (dialog) => void dialog.accept());
  await colleague.getByRole("button", { name: `移除 ${FOUNDER.name}` }).click();
  await expect(colleague.getByTestId("colleague-row").filter({ hasText: FOUNDER.email })).toContainText("已移除");
  await colleague.context().close();
  await page.goto("/company");
  await expect(page).toHaveURL(/\/signin/);
});
