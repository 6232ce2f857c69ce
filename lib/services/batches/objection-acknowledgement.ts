import type { NotificationMessage } from "../notifications/notify";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where the objector follows an objection; absolute in an email when the portal's address is known. */
export function objectionStatusLink(): string {
  const base = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") ?? "";
  return `${base}/notices/objections/status`;
}

const OUTCOME = {
  upheld: {
    zh: "异议成立：该企业已从名单中移除，其申报退回重新审核。",
    en: "The objection is upheld: the firm has been removed from the list and its application goes back for review.",
  },
  dismissed: { zh: "异议不成立：该企业仍在名单中。", en: "The objection is dismissed: the firm stays on the list." },
} as const;

/** The objector's answer: how the objection was decided and why. Only to an email address, as the receipt. */
export function objectionOutcomeForObjector(
  contact: string,
  reference: string | null,
  outcome: keyof typeof OUTCOME,
  resolution: string,
  batchTitle: { zh: string; en: string },
  company: string,
): { to: string; message: NotificationMessage } | null {
  const to = contact.trim();
  if (!EMAIL.test(to)) return null;
  const ref = reference ? { zh: `（编号 ${reference}）`, en: ` (reference ${reference})` } : { zh: "", en: "" };
  return {
    to,
    message: {
      kind: `objection.${outcome}`,
      title: { zh: `您的异议已处理${ref.zh}`, en: `Your objection has been decided${ref.en}` },
      body: {
        zh: `您对《${batchTitle.zh}》中${company}的异议已处理。${OUTCOME[outcome].zh}处理理由：${resolution}`,
        en: `Your objection to ${company} on "${batchTitle.en}" has been decided. ${OUTCOME[outcome].en} Reason: ${resolution}`,
      },
      link: objectionStatusLink(),
    },
  };
}

/** The firm's own account of an objection to it and how it was decided. */
export function objectionOutcomeForFirm(
  outcome: keyof typeof OUTCOME,
  resolution: string,
  batchTitle: { zh: string; en: string },
  batchId: string,
): NotificationMessage {
  return {
    kind: `objection.${outcome}.firm`,
    title: { zh: `对贵企业的异议已处理：《${batchTitle.zh}》`, en: `An objection to your firm has been decided: "${batchTitle.en}"` },
    body: { zh: `${OUTCOME[outcome].zh}处理理由：${resolution}`, en: `${OUTCOME[outcome].en} Reason: ${resolution}` },
    link: `/notices/${batchId}`,
  };
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
