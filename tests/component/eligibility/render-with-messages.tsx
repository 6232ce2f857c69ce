import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";

/** The portal's real message files, so a missing key fails the test as it would fail the page. */
function messagesOf(locale: "zh-CN" | "en"): Record<string, unknown> {
  const dir = path.join(process.cwd(), "messages", locale);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(path.join(dir, f), "utf8"))]),
  );
}

export function renderWithMessages(ui: ReactElement, locale: "zh-CN" | "en" = "en") {
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messagesOf(locale)}
      timeZone="Asia/Shanghai"
      onError={(e) => {
        throw e;
      }}
    >
      {ui}
    </NextIntlClientProvider>,
  );
}
