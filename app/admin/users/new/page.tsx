import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { placementChoices } from "@/lib/services/accounts/placement-options";
import { InviteForm } from "./invite-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("new.title") };
}

/** Invite a person to an account of a kind this administrator manages. */
export default async function InvitePage() {
  const actor = await requirePagePermission("account:manage");
  const [t, locale] = await Promise.all([getTranslations("accounts"), getLocale()]);
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href="/admin/users" className="text-brand-700 underline">
          {t("new.back")}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t("new.title")}</h1>
        <p className="text-slate-700">{t("new.lead")}</p>
      </header>
      <InviteForm choices={placementChoices(actor, locale)} />
    </div>
  );
}
