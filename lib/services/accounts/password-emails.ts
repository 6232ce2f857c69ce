import type { NotificationMessage } from "../notifications/notify";

/** An address on the portal for an email: NEXTAUTH_URL is the portal's public address. */
export function portalLink(path: string, env: Record<string, string | undefined> = process.env): string {
  return `${(env.NEXTAUTH_URL ?? "").replace(/\/$/, "")}${path}`;
}

export const passwordEmails = {
  reset: (secret: string): NotificationMessage => ({
    kind: "account.password-reset",
    title: { zh: "重置您的密码", en: "Reset your password" },
    body: {
      zh: "有人（希望是您本人）申请重置您在优质中小企业梯度培育平台的密码。请在1小时内打开下面的链接设置新密码；链接只能使用一次。如非您本人申请，请忽略本邮件，您的密码不会改变。",
      en: "Someone (we hope you) asked to reset your password on the SME Registry. Open the link below within an hour to choose a new one; it works once. If this was not you, ignore this email: your password stays as it is.",
    },
    link: portalLink(`/password-reset/${secret}`),
  }),
  changed: (): NotificationMessage => ({
    kind: "account.password-changed",
    title: { zh: "您的密码已更改", en: "Your password was changed" },
    body: {
      zh: "您在优质中小企业梯度培育平台的密码刚刚已更改，所有已登录的会话均已退出。如非您本人操作，请立即通过登录页的“忘记密码”重置密码并联系平台管理员。",
      en: "Your password on the SME Registry was just changed and every signed-in session was ended. If this was not you, reset it at once with “Forgot password” on the sign-in page and contact the portal's administrators.",
    },
    link: portalLink("/signin"),
  }),
};
