import { chinaDateTime } from "@/lib/calendar/today";
import type { NotificationMessage } from "../notifications/notify";

/**
 * What colleagues are told. Links are relative: the outbox makes them absolute on the portal's
 * public address, and keeps an invitation's sealed until it is sent.
 */
export const colleagueEmails = {
  invitation: (input: { secret: string; expiresAt: Date; name: string; inviter: string; companyName: string }): NotificationMessage => {
    const until = chinaDateTime(input.expiresAt);
    return {
      kind: "account.invitation",
      title: { zh: `${input.companyName}邀请您使用优质中小企业梯度培育平台`, en: `${input.companyName} invites you to the SME Registry` },
      body: {
        zh: `${input.name}，您好：${input.inviter}（${input.companyName}的平台管理员）为您开通了企业账号。请在 ${until}（北京时间）前打开下面的链接设置密码；链接只能使用一次。如您不认识此邀请，可忽略本邮件。`,
        en: `Hello ${input.name}: ${input.inviter}, the administrator of ${input.companyName} on the portal, has opened a company account for you. Open the link below before ${until} (Beijing time) to set your password; it works once. If you do not expect this invitation, ignore this email.`,
      },
      link: `/invitation/${input.secret}`,
    };
  },
  handedOver: (input: { from: string; companyName: string; at: Date }): NotificationMessage => ({
    kind: "company.administrator",
    title: { zh: `您已成为${input.companyName}的平台管理员`, en: `You are now ${input.companyName}'s administrator on the portal` },
    body: {
      zh: `${input.from}于 ${chinaDateTime(input.at)}（北京时间）把本企业的管理员移交给您：您可以邀请、移除同事，或再把管理员移交给他人。`,
      en: `${input.from} handed the firm's administrator role to you on ${chinaDateTime(input.at)} (Beijing time): you can now invite and remove colleagues, or hand the role on.`,
    },
    link: "/company/users",
  }),
};
