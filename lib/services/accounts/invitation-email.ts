import { chinaDateTime } from "@/lib/calendar/today";
import type { NotificationMessage } from "../notifications/notify";

/**
 * The invitation: who it is for, until when the link works, what it does. The link is relative;
 * the outbox makes it absolute on the portal's public address and keeps it sealed until sent.
 */
export function invitationEmail(secret: string, expiresAt: Date, name: string): NotificationMessage {
  const until = chinaDateTime(expiresAt);
  return {
    kind: "account.invitation",
    title: { zh: "邀请您使用优质中小企业梯度培育平台", en: "You are invited to the SME Registry" },
    body: {
      zh: `${name}，您好：平台管理员为您开通了账号。请在 ${until}（北京时间）前打开下面的链接设置密码；链接只能使用一次。如您不认识此邀请，可忽略本邮件。`,
      en: `Hello ${name}: an administrator of the portal has opened an account for you. Open the link below before ${until} (Beijing time) to set your password; it works once. If you do not expect this invitation, ignore this email.`,
    },
    link: `/invitation/${secret}`,
  };
}
