import { readFileSync } from "node:fs";
import path from "node:path";

export interface ServerActionRef {
  id: string;
  /** "lib/actions/review/decide-application.ts#decideApplicationAction" */
  key: string;
  /** A page whose bundle holds the action: the URL a browser would post it to. */
  pagePath: string;
}

const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

/**
 * Every server action the production build exposes, read from Next.js's own manifest: exactly
 * what can be reached with a direct POST (used by the authorization suite and the load test).
 */
export function builtServerActions(distDir = process.env.NEXT_DIST_DIR || ".next"): ServerActionRef[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const pages = Object.keys(entry.workers).filter((w) => w.endsWith("/page") && !w.includes("_not-found"));
    const page = pages.find((p) => !p.includes("[")) ?? pages[0] ?? "app/page";
    const pagePath =
      "/" +
      page
        .replace(/^app\/?/, "")
        .replace(/\/?page$/, "")
        .replace(/\[[^\]]+\]/g, PLACEHOLDER_ID)
        .replace(/\([^)]+\)\/?/g, "");
    return { id, key: `${entry.filename}#${entry.exportedName}`, pagePath };
  });
}

/** The request a browser's runtime sends to call a server action with these arguments. */
export function serverActionRequest(action: ServerActionRef, origin: string, args: unknown[]) {
  return {
    path: action.pagePath,
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: origin },
    body: JSON.stringify(args),
  };
}

/** The status of an action's `{ ok: false, status }` result in its streamed answer, if any. */
export function actionResultOf(body: string): { ok: boolean; status: number | null } {
  const status = body.match(/"ok":false,"status":(\d{3})/)?.[1];
  return { ok: /"ok":true/.test(body), status: status ? Number(status) : null };
}
