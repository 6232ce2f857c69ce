import { createElement } from "react";
// Imported here, not by @react-email's render() at call time: in the production server, once
// Next.js has served an app page its require hook resolves a late "react-dom/server" to its own
// copy, which cannot render this process's React elements ("dispatcher.getOwner is not a function").
import { renderToStaticMarkup } from "react-dom/server";
import { toPlainText } from "@react-email/components";
import { absoluteLink, type OutboxConfig } from "../outbox-config";
import { isEssentialKind } from "@/lib/domain/notifications/notification-topics";
import { NotificationEmail } from "./notification-email";

export interface EmailContent {
  kind: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string } | null;
  /** As stored: relative to the portal, or already absolute. */
  link: string | null;
  /** Whether the recipient has an account whose preferences page can turn this kind off. */
  hasAccount: boolean;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** The subject, HTML and plain text of one message, every link absolute on PUBLIC_URL. */
export async function renderEmail(content: EmailContent, config: Pick<OutboxConfig, "publicUrl" | "portalName">): Promise<RenderedEmail> {
  const link = content.link ? absoluteLink(content.link, config.publicUrl) : null;
  const preferencesLink = content.hasAccount && !isEssentialKind(content.kind) ? `${config.publicUrl}/account/notifications` : null;
  const element = createElement(NotificationEmail, {
    portalName: config.portalName,
    title: content.title,
    body: content.body,
    link,
    preferencesLink,
    portalLink: `${config.publicUrl}/`,
  });
  const markup = renderToStaticMarkup(element);
  const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">${markup}`;
  // Headings keep their case (html-to-text shouts them), and a link whose text is its address is written once.
  const text = toPlainText(markup, {
    selectors: [
      { selector: "h2", options: { uppercase: false } },
      { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
    ],
  });
  return { subject: `${content.title.zh} / ${content.title.en}`, html, text };
}
