import type { ServerResponse } from "node:http";
import type { RenderedPage } from "./stored-page";

type Callback = (error?: Error | null) => void;

/**
 * Holds back what a handler writes to `res` (status, headers, body) instead of sending it, and
 * resolves with the whole page when the handler ends the response; rejects if the client goes
 * away first. The caller then sends it (or another page) itself. The handler sees an ordinary
 * response: writes succeed at once, so it never waits for a drain that will not come.
 */
export function captureResponse(res: ServerResponse): Promise<RenderedPage> {
  const chunks: Buffer[] = [];
  const own = res as unknown as Record<string, unknown>;
  const push = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array),
    );
  };
  const restore = () => {
    for (const name of ["writeHead", "write", "end", "flushHeaders", "flush"]) delete own[name];
  };
  return new Promise<RenderedPage>((resolve, reject) => {
    const onClose = () => {
      restore();
      reject(new Error("the client closed the connection before the page was rendered"));
    };
    res.once("close", onClose);
    own.writeHead = (status: number, ...rest: unknown[]) => {
      res.statusCode = status;
      const headers = rest.find((r) => typeof r === "object" && r !== null);
      if (Array.isArray(headers)) {
        // [name, value, name, value, …] or [[name, value], …]
        const flat = headers.flat() as string[];
        for (let i = 0; i + 1 < flat.length; i += 2) res.setHeader(flat[i]!, flat[i + 1]!);
      } else if (headers) {
        for (const [name, value] of Object.entries(headers as Record<string, string | string[]>)) res.setHeader(name, value);
      }
      return res;
    };
    own.write = (chunk: unknown, encoding?: unknown, callback?: unknown) => {
      push(chunk, encoding);
      const done = (typeof encoding === "function" ? encoding : callback) as Callback | undefined;
      if (done) process.nextTick(done);
      return true;
    };
    own.flushHeaders = () => undefined;
    own.flush = () => undefined;
    own.end = (chunk?: unknown, encoding?: unknown, callback?: unknown) => {
      push(chunk, encoding);
      res.off("close", onClose);
      restore();
      const headers: RenderedPage["headers"] = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value : String(value);
      }
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const done = [chunk, encoding, callback].find((c) => typeof c === "function") as Callback | undefined;
      if (done) res.once("finish", () => done());
      resolve({ status: res.statusCode, headers, body: Buffer.concat(chunks).toString("utf8") });
      return res;
    };
  });
}
