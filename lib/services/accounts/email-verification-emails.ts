import type { NotificationMessage } from "../notifications/notify";
import { portalLink } from "./password-emails";

const link = (secret: string) => portalLink(`/verify-email/${secret}`);

/**
 * The sign-up email carries the verification link (one email, not two); a resent link comes on
 * its own. Neither repeats anything typed on the form (docs/decisions/026).
 */
export const verificationEmails = {
  registered: (secret: string): NotificationMessage => ({
    kind: "signup.registered",
    title: { zh: "企业账号已开通，请验证邮箱", en: "Your company account is ready: please verify your email" },
    body: {
      zh: "您的企业已在优质中小企业梯度培育平台注册，请使用本邮箱和您设置的密码登录。提交申报前，请打开下面的链接验证本邮箱（72小时内有效）。如非您本人操作，请联系平台管理员。",
      en: "Your firm is registered on the SME Registry. Sign in with this email and the password you chose. Before you submit an application, open the link below to verify this address (it works for 72 hours). If this was not you, contact the portal's administrators.",
    },
    link: link(secret),
  }),
  resent: (secret: string): NotificationMessage => ({
    kind: "account.email-verification",
    title: { zh: "请验证您的邮箱", en: "Please verify your email" },
    body: {
      zh: "请打开下面的链接验证您在优质中小企业梯度培育平台登录使用的邮箱（72小时内有效）。之前发送的验证链接已失效。",
      en: "Open the link below to verify the email you sign in with on the SME Registry (it works for 72 hours). Any verification link sent before no longer works.",
    },
    link: link(secret),
  }),
};
