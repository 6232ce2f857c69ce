import type { NotificationMessage } from "../notifications/notify";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where the objector follows an objection; absolute in an email when the portal's address is known. */
export function objectionStatusLink(): string {
  const base = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") ?? "";
  return `${base}/notices/objections/status`;
}

/**
 * The objector's receipt: the reference and where to follow it. Only when the contact given is
 * an email address (it may be a phone number, and the portal sends no text messages).
 */
export function acknowledgement(
  contact: string,
  reference: string,
  batchTitle: { zh: string; en: string },
  company: string,
): { to: string; message: NotificationMessage } | null {
  const to = contact.trim();
  if (!EMAIL.test(to)) return null;
  return {
    to,
    message: {
      kind: "objection.received",
      title: { zh: `异议已收到（编号 ${reference}）`, en: `Objection received (reference ${reference})` },
      body: {
        zh: `您对《${batchTitle.zh}》中${company}的异议已收到，编号 ${reference}。凭编号和本邮箱地址可随时查询处理进度。`,
        en: `Your objection to ${company} on "${batchTitle.en}" was received, reference ${reference}. Follow its progress with the reference and this email address.`,
      },
      link: objectionStatusLink(),
    },
  };
}
