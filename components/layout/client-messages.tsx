import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

/**
 * Gives the client components of a section the whole message catalogue. The root layout sends
 * public pages only what every page needs; sections whose forms and panels translate in the
 * browser wrap themselves in this.
 */
export function ClientMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
