import type { NotificationMessage } from "../notifications/notify";

const portalLink = (path: string) => {
  const base = process.env.NEXTAUTH_URL;
  return base ? `${base.replace(/\/$/, "")}${path}` : path;
};

/** The emails of a claim that are not notifications: the person has no account they could read them in. */
export const claimEmails = {
  /** The claimant's address is proven by this link, as a sign-up's is (docs/decisions/026). */
  verify: (secret: string): NotificationMessage => ({
    kind: "account.email-verification",
    title: { zh: "请验证您的邮箱", en: "Please verify your email" },
    body: {
      zh: "您已在优质中小企业梯度培育平台提交企业认领申请。请打开下面的链接验证本邮箱（72小时内有效）。如非您本人操作，可忽略本邮件。",
      en: "You claimed a firm on the SME Registry. Open the link below to verify this address (it works for 72 hours). If this was not you, you can ignore this email.",
    },
    link: portalLink(`/verify-email/${secret}`),
  }),
  /** A claim typed with an address that already has an account: nothing was recorded (the form does not say so). */
  emailTaken: (): NotificationMessage => ({
    kind: "claim.email-registered",
    title: { zh: "有人尝试用您的邮箱认领企业", en: "Someone tried to claim a firm with your email" },
    body: {
      zh: "本邮箱在优质中小企业梯度培育平台已有账号，因此未记录这次企业认领。如是您本人，请使用另一个邮箱提交认领，或直接登录。如非您本人操作，可忽略本邮件，您的账号未作任何改动。",
      en: "This email already has an account on the SME Registry, so the claim was not recorded. If this was you, claim with another email address, or sign in. If it was not you, you can ignore this email: nothing about your account has changed.",
    },
    link: portalLink("/signin"),
  }),
};
