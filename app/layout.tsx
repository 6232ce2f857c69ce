import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { DemoClockBanner } from "@/components/layout/demo-clock-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { currentActor } from "@/lib/auth/current-actor";
import { unreadNotificationCount } from "@/lib/services/notifications/list-notifications";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("portalName"), template: `%s · ${t("portalShort")}` } };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, messages, actor] = await Promise.all([getLocale(), getTranslations("common"), getMessages(), currentActor()]);
  const unread = actor ? await unreadNotificationCount(actor).catch(() => 0) : 0;
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {/* Public pages are server-rendered: their browsers get only the messages every page's
            client parts use, not the whole catalogue (~60 KB); the signed-in areas and the
            interactive public pages add the rest in their own layouts (ClientMessages). */}
        <NextIntlClientProvider messages={{ common: messages.common, errors: messages.errors }}>
          <DemoClockBanner />
          <SiteHeader actor={actor} unread={unread} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
