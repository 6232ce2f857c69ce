import { test as base, expect, type BrowserContext } from "@playwright/test";

/**
 * Every spec imports `test` and `expect` from here. A `console.error` or an uncaught error in any
 * page of the test (the `page` fixture's context and every context the test opens with
 * `browser.newContext`) fails the test when it ends, unless the test declared it beforehand with
 * `expectConsoleError(/pattern/)`. A test that provokes a refusal on purpose (a 403 or 404 page)
 * declares the browser's "Failed to load resource" line for it; nothing is allowed globally.
 */
interface Guard {
  expectConsoleError: (pattern: RegExp) => void;
}

export const test = base.extend<Guard & { consoleGuard: { allowed: RegExp[] } }>({
  consoleGuard: [
    async ({ context, browser }, use, testInfo) => {
      const unexpected: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (ctx: BrowserContext) => {
        ctx.on("console", (message) => {
          if (message.type() !== "error") return;
          const text = message.text();
          const where = message.location().url;
          const line = where ? `${text} (at ${where})` : text;
          if (!allowed.some((pattern) => pattern.test(line))) unexpected.push(`console.error: ${line}`);
        });
        ctx.on("weberror", (error) => {
          const text = error.error().stack ?? error.error().message;
          if (!allowed.some((pattern) => pattern.test(text))) unexpected.push(`uncaught page error: ${text}`);
        });
      };
      watch(context);
      // Contexts the test opens itself are watched too, for the length of the test.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof browser.newContext>) => {
        const ctx = await newContext(...args);
        watch(ctx);
        return ctx;
      };
      try {
        await use({ allowed });
      } finally {
        browser.newContext = newContext;
      }
      if (unexpected.length > 0 && testInfo.status === testInfo.expectedStatus) {
        throw new Error(`Unexpected browser errors during the test:\n${unexpected.map((u) => `  - ${u}`).join("\n")}`);
      }
    },
    { auto: true },
  ],
  expectConsoleError: async ({ consoleGuard }, use) => {
    await use((pattern) => consoleGuard.allowed.push(pattern));
  },
});

export { expect };
