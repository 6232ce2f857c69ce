import type { Actor } from "@/lib/auth/roles";

/**
 * Stands in for `@/lib/auth/current-actor` (which reads next-auth's cookie from a Next.js request)
 * so route handlers and server actions can be called directly as a chosen user. A test file
 * installs it with `vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"))`;
 * everything after the session lookup — roles, schemas, services, the database — is the real code.
 */
let actor: Actor | null = null;

export function actAs(next: Actor | null): void {
  actor = next;
}

export async function currentActor(): Promise<Actor | null> {
  return actor;
}
