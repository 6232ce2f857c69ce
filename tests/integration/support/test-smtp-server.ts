import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtpServer {
  url: string;
  port: number;
  /** Every message accepted, parsed, in the order they arrived. */
  mails: ParsedMail[];
  /** "accept" takes messages; "refuse" answers every message with a permanent 550. */
  mode: "accept" | "refuse";
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Goes down (as `stop`) as soon as it has accepted this many messages in all, mid-delivery. */
  stopAfter(count: number): void;
}

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1, no TLS, no authentication, whose
 * received messages are parsed with mailparser, so a test reads what a mail client would.
 */
export async function testSmtpServer(): Promise<TestSmtpServer> {
  const mails: ParsedMail[] = [];
  let server: SMTPServer | null = null;
  let stopAt: number | null = null;
  const state: TestSmtpServer = {
    url: "",
    port: 0,
    mails,
    mode: "accept",
    stop: async () => {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    stopAfter: (count) => {
      stopAt = count;
    },
    start: async () => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS", "AUTH"],
        logger: false,
        // A stopped server drops its open connections at once, as a crashed one would, instead of after 30 s.
        closeTimeout: 100,
        onData(stream, _session, callback) {
          if (state.mode === "refuse") {
            stream.resume();
            stream.on("end", () => callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 })));
            return;
          }
          simpleParser(stream)
            .then((mail) => {
              mails.push(mail);
              callback();
              if (stopAt !== null && mails.length >= stopAt) {
                stopAt = null;
                void state.stop();
              }
            })
            .catch(callback);
        },
      });
      const listening = server;
      await new Promise<void>((resolve, reject) => {
        listening.once("error", reject);
        listening.listen(state.port, "127.0.0.1", () => resolve());
      });
      const address = (listening.server.address() as { port: number }).port;
      state.port = address;
      state.url = `smtp://127.0.0.1:${address}`;
    },
  };
  await state.start();
  return state;
}
