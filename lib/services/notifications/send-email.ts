import nodemailer from "nodemailer";
import type { NotificationMessage } from "./notify";

let transport: nodemailer.Transporter | null | undefined;

function mailer(): nodemailer.Transporter | null {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  return transport;
}

/**
 * Emails a notification through SMTP_URL when one is configured, and logs it otherwise. Runs
 * after the change has committed; a failed email never undoes the change it reports.
 */
export async function sendEmails(to: string[], message: NotificationMessage): Promise<void> {
  if (to.length === 0) return;
  const transporter = mailer();
  const subject = `${message.title.zh} / ${message.title.en}`;
  if (!transporter) {
    if (process.env.NODE_ENV !== "test") console.info(`[email not configured] to ${to.length} recipient(s): ${subject}`);
    return;
  }
  const text = [message.body?.zh, message.body?.en, message.link].filter(Boolean).join("\n\n");
  await transporter
    .sendMail({ from: process.env.SMTP_FROM ?? "noreply@sme-registry.local", bcc: to, subject, text })
    .catch((error: unknown) => console.error("email delivery failed", error));
}
