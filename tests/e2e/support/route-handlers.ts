import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** "/api/documents/[id]" for "app/api/documents/[id]/route.ts"; route groups "(x)" leave no trace in the URL. */
function routePath(file: string): string {
  const dir = path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
  return `/${dir.join("/")}`;
}

/** The HTTP methods a route module exports: functions, constants, or re-exports ("handler as GET"). */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(","))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  }
  return [...found].filter((name) => (METHODS as readonly string[]).includes(name));
}

/** Every "METHOD /path" the code defines, read from app/**\/route.ts. */
export function routeHandlersInCode(root = "app"): string[] {
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/^route\.(ts|tsx|js)$/.test(entry.name))
        for (const method of exportedMethods(readFileSync(file, "utf8"))) keys.push(`${method} ${routePath(file)}`);
    }
  };
  walk(root);
  return keys.sort();
}

/** Every route handler's path in the production build, from Next.js's own manifest. */
export function routeHandlersInBuild(distDir = process.env.NEXT_DIST_DIR || ".next"): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
  return (
    Object.keys(manifest)
      .filter((key) => key.endsWith("/route"))
      // Metadata files (app/icon.svg) are served by Next.js as static routes: no handler of ours.
      .filter((key) => !/\/[^/[\]]+\.(ico|svg|png|jpg|txt|xml|webmanifest)\/route$/.test(key))
      .map((key) => key.replace(/\/route$/, "").replace(/\/\([^)]+\)/g, "") || "/")
      .sort()
  );
}
