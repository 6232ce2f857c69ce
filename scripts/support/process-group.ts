import type { ChildProcess } from "node:child_process";

/**
 * Stops a child started with `detached: true` together with everything it started: `npx tsx
 * server.ts` runs the server as a grandchild, which a signal to npx alone leaves running on its port.
 */
export function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}
