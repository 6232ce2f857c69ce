import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

const ACCOUNT_PAGES = [
  { key: "notifications", href: "/account/notifications" },
  { key: "twoFactor", href: "/account/two-factor" },
  { key: "password", href: "/account/password" },
] as const;

export default async function Layout({ children }: { children: ReactNode }) {
  const t = await getTranslations("account.nav");
  return (
    <ClientMessages>
      <nav aria-label={t("label")} className="mb-6 flex flex-wrap gap-4 text-sm" data-testid="account-nav">
        {ACCOUNT_PAGES.map((page) => (
          <Link key={page.key} href={page.href} className="text-brand-700 underline">
            {t(page.key)}
          </Link>
        ))}
      </nav>
      {children}
    </ClientMessages>
  );
}
