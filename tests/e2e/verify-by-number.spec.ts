import { expect, test } from "./support/test";

test("a citizen with a paper certificate types its number and sees whether the title is valid", async ({ page }) => {
  // A certificate number as printed, taken from the public register.
  await page.goto("/register?status=active");
  const certificateLink = page
    .getByTestId("register-results")
    .locator("tbody tr")
    .first()
    .getByRole("link", { name: /^证书 / });
  const number = (await certificateLink.getAttribute("aria-label"))!.replace(/^证书 /, "");
  const firm = (await page.getByTestId("register-results").locator("tbody tr").first().locator("td").first().textContent())!.trim();

  await page.getByRole("link", { name: "证书核验" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("证书核验");
  const field = page.getByLabel("证书编号");
  await field.fill(`  ${number.toLowerCase()} `);
  await field.press("Enter");
  await expect(page).toHaveURL(/\/verify\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("verify-verdict")).toHaveText("该证书对应的认定当前有效。");
  await expect(page.getByRole("link", { name: firm })).toBeVisible();

  await page.getByRole("link", { name: "核验其他证书" }).click();
  await page.getByLabel("证书编号").fill(`${number}0`);
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-problem")).toHaveText(`未找到编号为 ${number}0 的证书，请核对后重试。`);
  await expect(page.getByTestId("verify-problem")).toHaveAttribute("role", "alert");
  await expect(page.getByLabel("证书编号")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("证书编号").fill("<script>");
  await page.getByRole("button", { name: "核验" }).click();
  await expect(page.getByTestId("verify-problem")).toHaveText("证书编号由字母、数字和连字符组成，请核对后重试。");
});
