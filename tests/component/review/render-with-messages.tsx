import { render } from "@testing-library/react";
import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import zhReview from "@/messages/zh-CN/review.json";
import enReview from "@/messages/en/review.json";

/** Renders a review component with the real message files of the given language. */
export function renderWithMessages(ui: ReactElement, locale: "zh-CN" | "en" = "zh-CN") {
  return render(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Shanghai" messages={{ review: locale === "en" ? enReview : zhReview }}>
      {ui}
    </NextIntlClientProvider>,
  );
}
