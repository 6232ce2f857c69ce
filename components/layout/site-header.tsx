import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HOME_BY_ROLE, type Actor } from "@/lib/auth/roles";
import { SignupLink } from "@/components/company/signup-link";
import { InboxLink } from "@/components/inbox/inbox-link";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

/** `actor` and `unread` (the inbox's unread count) are read by the root layout. */
export async function SiteHeader({ actor, unread }: { actor: Actor | null; unread: number }) {
  const [t, nav, roles] = await Promise.all([getTranslations("common"), getTranslations("nav"), getTranslations("roles")]);
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-wide">
          {t("portalName")}
        </Link>
        <nav aria-label={t("portalShort")} className="flex flex-wrap items-center gap-4 text-sm">
          <Link href="/self-assessment" className="hover:underline">
            {nav("selfAssessment")}
          </Link>
          <Link href="/register" className="hover:underline">
            {nav("register")}
          </Link>
          <Link href="/notices" className="hover:underline">
            {nav("notices")}
          </Link>
          <Link href="/statistics" className="hover:underline">
            {nav("statistics")}
          </Link>
          <Link href="/exits" className="hover:underline">
            {nav("exits")}
          </Link>
          <Link href="/api-docs" className="hover:underline">
            {nav("api")}
          </Link>
          <LanguageSwitch />
          {actor ? (
            <div className="flex items-center gap-3" aria-label={t("account")}>
              <Link href={HOME_BY_ROLE[actor.role]} className="hover:underline">
                {t("dashboard")}
              </Link>
              <InboxLink unread={unread} />
              <span className="text-white/80" data-testid="account-name">
                {actor.name} · {roles(actor.role)}
              </span>
              <SignOutButton label={t("signOut")} />
            </div>
          ) : (
            <>
              <SignupLink />
              <Link href="/signin" className="rounded bg-white px-3 py-1 font-medium text-brand-700 hover:bg-brand-50">
                {t("signIn")}
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
