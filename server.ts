/**
 * The portal's production server: Next.js's request handler behind the public page cache
 * (lib/http/page-cache), which serves the anonymous register search from stored HTML with a
 * fresh CSP nonce per response, so a public page everyone asks for is not rendered again for
 * each visitor. `npm start [-- -p 3000 -H 0.0.0.0]`, after `npm run build`.
 *
 * PUBLIC_PAGE_CACHE_SECONDS (default REGISTER_CACHE_SECONDS, else 60; 0 turns it off) bounds how
 * long one rendering of an unchanged register is reused.
 */
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { openedDatabase } from "@/lib/db/database-holder";
import { CLIENT_ADDRESS_FROM_SERVER_ENV, CLIENT_ADDRESS_HEADER, proxyTrustFromEnv, resolveClientAddress } from "@/lib/http/client-address";
import { createPageCache } from "@/lib/http/page-cache/page-cache";
import { REGISTER_PAGES } from "@/lib/http/page-cache/page-request";
import { chinaDate, chinaDateTime, demoClockProblem, systemNow } from "@/lib/calendar/today";
import { readRegisterVersion } from "@/lib/services/register/register-version";
import { startWorker } from "@/lib/jobs/worker/start-worker";

// A demonstration clock on a real deployment's database is refused before anything starts.
const clockProblem = demoClockProblem();
if (clockProblem) {
  console.error(`✖ ${clockProblem}`);
  process.exit(1);
}
// The demonstration clock starts with the server: its first reading fixes the offset every part of this process then shares.
if (process.env.DEMO_CLOCK_START) console.log(`▲ demonstration clock: it is ${chinaDateTime(systemNow())} Beijing time in the portal (docs/decisions/030)`);

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
// As `next start` does: a production server runs the production build.
(process.env as Record<string, string>).NODE_ENV = "production";
// Every per-client limit reads the address this server writes from the socket (lib/http/client-address).
process.env[CLIENT_ADDRESS_FROM_SERVER_ENV] = "1";
const proxyTrust = proxyTrustFromEnv();

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
const handleByNext = app.getRequestHandler();
await app.prepare();

const cacheSeconds = Number(process.env.PUBLIC_PAGE_CACHE_SECONDS ?? process.env.REGISTER_CACHE_SECONDS ?? 60);
const pageCache =
  cacheSeconds > 0
    ? createPageCache({
        paths: REGISTER_PAGES,
        maxAgeMs: cacheSeconds * 1_000,
        maxEntries: 2_000,
        maxBytes: 64 * 1_048_576,
        // The portal opens its database on its first request; until then every page is rendered.
        version: async () => {
          const db = openedDatabase();
          return db ? `${await readRegisterVersion((await db).sql)}|${chinaDate()}` : null;
        },
      })
    : null;

const server = createServer((req, res) => {
  // Overwrites whatever a client sent under this name.
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxyTrust);
  const fail = (error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  };
  const render = () => void handleByNext(req, res).catch(fail);
  if (pageCache) pageCache(req, res, render).catch(fail);
  else render();
});
server.listen(port, hostname, () => {
  console.log(
    `▲ SME Registry listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}${pageCache ? ` (public page cache ${cacheSeconds} s)` : ""}, pid ${process.pid}`,
  );
});

// Scheduled jobs and email delivery (docs/decisions/017); WORKER=off leaves them to other instances.
const worker = await startWorker();
const jobsCron = process.env.JOBS_CRON?.trim() || "0 1 * * *";
if (worker) console.log(`▲ worker: ${worker.kind} (${jobsCron === "off" ? "no scheduled jobs" : `jobs at "${jobsCron}" Beijing time`})`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    let open = 2;
    const done = () => (open -= 1) === 0 && process.exit(0);
    server.close(done);
    server.closeIdleConnections();
    // The worker takes no new work and gives back the messages it has claimed but not sent.
    (worker ? worker.stop() : Promise.resolve()).catch((error: unknown) => console.error("worker shutdown", error)).finally(done);
    // Requests still running after this are cut off rather than holding the shutdown open.
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
