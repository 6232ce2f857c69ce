import nodemailer from "nodemailer";

const transports = new Map<string, nodemailer.Transporter>();

/**
 * One pooled SMTP transport per SMTP_URL. The URL's own query settings win; the defaults fail a
 * dead or silent server within seconds, so a message goes back to the outbox instead of holding
 * the worker for nodemailer's default minutes.
 */
export function smtpTransport(url: string): nodemailer.Transporter {
  let transport = transports.get(url);
  if (!transport) {
    const parsed = new URL(url);
    const defaults = { pool: "true", maxConnections: "4", connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };
    for (const [key, value] of Object.entries(defaults)) if (!parsed.searchParams.has(key)) parsed.searchParams.set(key, value);
    transport = nodemailer.createTransport(parsed.toString());
    transports.set(url, transport);
  }
  return transport;
}

/** How many messages to hand the transport at once: its pool size. */
export function smtpConcurrency(url: string): number {
  const value = Number(new URL(url).searchParams.get("maxConnections") ?? 4);
  return Number.isInteger(value) && value > 0 ? value : 4;
}

/** Closes the pooled connections (shutdown, and between tests that stop their server). */
export function closeSmtpTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
