import { spawn, type ChildProcess } from "node:child_process";

/**
 * Starts the production build (`server.ts`, what `npm start` runs) in a process group of its own, so that a signal to
 * the group reaches the server itself and not only npx, and waits until /api/health answers.
 */
export async function startProductionServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn("npx", ["tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return server;
    if (server.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  killProcessGroup(server);
  throw new Error(`the portal did not come up on port ${port}`);
}

/** SIGKILL to the whole group: no shutdown hooks, no draining — a crash, as far as the server knows. */
export function killProcessGroup(server: ChildProcess): void {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, "SIGKILL");
  } catch {
    server.kill("SIGKILL");
  }
}

/** Resolves once the group's leader has exited (after a kill, before the port is reused). */
export function exited(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => server.once("exit", () => resolve()));
}
