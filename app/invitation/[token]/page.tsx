import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { TOKEN_REFUSALS } from "@/lib/domain/accounts/account-token";
import { invitationFor } from "@/lib/services/accounts/accept-invitation";
import { jurisdictionLabel } from "@/lib/services/accounts/placement-options";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("invitation.title"), robots: { index: false } };
}

/** Where an invitation's link lands: the form to set a password, or why the link no longer works. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t, locale] = await Promise.all([params, getTranslations("accounts"), getLocale()]);
  const invitation = await invitationFor(token);
  if (invitation.verdict !== "valid") {
    const words = TOKEN_REFUSALS[invitation.verdict];
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-2xl font-bold">{t("invitation.refused")}</h1>
        <p role="alert" className="rounded border border-accent-600 bg-red-50 p-3 text-accent-600" data-testid="invitation-refused">
          {locale === "en" ? words.en : words.zh}
        </p>
        <p className="text-slate-700">{t("invitation.ask")}</p>
      </div>
    );
  }
  // A colleague invited by a firm is placed by the firm, an official by a jurisdiction.
  const where = invitation.companyName ?? jurisdictionLabel(invitation.jurisdictionCode, locale);
  const role = `${t(`roles.${invitation.role}`)}${where ? ` · ${where}` : ""}`;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("invitation.title")}</h1>
      <p className="text-slate-700">{t("invitation.lead", { name: invitation.name, role, email: invitation.email })}</p>
      <AcceptInvitationForm token={token} email={invitation.email} />
      <p className="text-sm">
        <Link href="/signin" className="text-brand-700 underline">
          {t("invitation.signIn")}
        </Link>
      </p>
    </div>
  );
}
