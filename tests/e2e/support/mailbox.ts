import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "./test";

/** A message as the e2e server's SMTP server received it (scripts/support/e2e-mail-capture.ts). */
export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** When the SMTP server accepted it (real time). */
  receivedAt: string;
}

export const mailDir = (): string => {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set (playwright.config.ts sets it).");
  return dir;
};

export function mailsTo(address: string, dir: string = mailDir()): CapturedMail[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CapturedMail)
    .filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase()));
}

/** Waits for the newest message to an address whose subject matches, as delivered by the portal's worker. */
export async function waitForMail(address: string, subject: RegExp, timeout = 30_000, dir: string = mailDir()): Promise<CapturedMail> {
  let found: CapturedMail | undefined;
  await expect
    .poll(
      () => {
        found = mailsTo(address, dir)
          .filter((mail) => subject.test(mail.subject))
          .at(-1);
        return found !== undefined;
      },
      { timeout, message: `no email to ${address} with a subject matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The first link in a message's text that goes to the given path on the portal. */
export function linkIn(mail: CapturedMail, pathPrefix: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s>\\]]*${pathPrefix.replace(/[/]/g, "\\/")}[^\\s>\\]]*`));
  if (!match) throw new Error(`no link to ${pathPrefix} in the email "${mail.subject}":\n${mail.text}`);
  return match[0];
}
