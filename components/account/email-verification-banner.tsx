import { getTranslations } from "next-intl/server";
import { ResendVerificationButton } from "./resend-verification-button";

/** Tells an unverified company contact why submitting is closed to them, and sends the link again. */
export async function EmailVerificationBanner({ email }: { email: string }) {
  const t = await getTranslations("account.verification");
  return (
    <section
      aria-labelledby="verify-email-title"
      className="space-y-2 rounded border border-amber-600 bg-amber-50 p-4 text-amber-900"
      data-testid="email-unverified"
    >
      <h2 id="verify-email-title" className="font-semibold">
        {t("bannerTitle")}
      </h2>
      <p>{t("bannerText", { email })}</p>
      <ResendVerificationButton />
    </section>
  );
}
