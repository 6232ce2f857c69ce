import type { NotificationMessage } from "../notifications/notify";

/**
 * The emails that carry what the sign-up form no longer says on screen. Neither repeats anything
 * the person signing up typed (a stranger could have typed it), only where to go next.
 */
const signInLink = () => {
  const base = process.env.NEXTAUTH_URL;
  return base ? `${base.replace(/\/$/, "")}/signin` : undefined;
};

export const signupEmails = {
  registered: (): NotificationMessage => ({
    kind: "signup.registered",
    title: { zh: "企业账号已开通", en: "Your company account is ready" },
    body: {
      zh: "您的企业已在优质中小企业梯度培育平台注册，请使用本邮箱和您设置的密码登录。如非您本人操作，请联系平台管理员。",
      en: "Your firm is registered on the SME Registry. Sign in with this email and the password you chose. If this was not you, contact the portal's administrators.",
    },
    link: signInLink(),
  }),
  alreadyRegistered: (): NotificationMessage => ({
    kind: "signup.email-registered",
    title: { zh: "有人尝试用您的邮箱注册企业", en: "Someone tried to register a company with your email" },
    body: {
      zh: "本邮箱在优质中小企业梯度培育平台已有账号，因此未创建新账号。如是您本人，请直接登录；如需为同事开通账号，请在“企业用户”中添加。如非您本人操作，可忽略本邮件，您的账号未作任何改动。",
      en: "This email already has an account on the SME Registry, so no new account was created. If this was you, sign in instead; to give a colleague an account, add them under “Company users”. If it was not you, you can ignore this email: nothing about your account has changed.",
    },
    link: signInLink(),
  }),
};
