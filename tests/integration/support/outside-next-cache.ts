/**
 * Stands in for `next/cache` when server actions are called directly: revalidation needs the
 * Next.js request store, and what it would refresh (cached pages) is not under test here.
 * Install with `vi.mock("next/cache", () => import("./support/outside-next-cache"))`.
 */
export function revalidatePath(): void {}
export function revalidateTag(): void {}
