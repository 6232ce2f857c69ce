import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * The end-to-end server's mail server: a real SMTP server (smtp-server) on 127.0.0.1 that writes
 * each message it accepts, parsed by mailparser, as one JSON file in `dir`, so Playwright's
 * workers (other processes) read what a mail client would (tests/e2e/support/mailbox.ts).
 */
export async function startMailCapture(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          count += 1;
          const to = [mail.to].flat().flatMap((address) => address?.value.map((entry) => entry.address ?? "") ?? []);
          const file = path.join(dir, `${Date.now()}-${String(count).padStart(5, "0")}.json`);
          writeFileSync(
            file,
            JSON.stringify({
              to,
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: mail.html || "",
              messageId: mail.messageId ?? "",
              receivedAt: new Date().toISOString(),
            }),
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
