import net from "node:net";
import nodemailer from "nodemailer";

type SocketHook = (
  options: { host?: string; port?: number; secure?: boolean; localAddress?: string },
  callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
) => void;

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
    // nodemailer leaves Nagle's algorithm on, and its small command writes then wait for the
    // server's delayed ACK: about 40 ms per message on a local server (13 ms without). Its
    // getSocket hook lets the transport open the socket itself, with no delay; TLS still starts
    // on it as before (smtps: at once, smtp: on STARTTLS).
    (transport as unknown as { getSocket: SocketHook }).getSocket = (options, callback) => {
      const socket = net.connect({
        host: options.host ?? "localhost",
        port: options.port ?? (options.secure ? 465 : 587),
        noDelay: true,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      });
      callback(null, { connection: socket });
    };
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
