import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TwoFactorCodeForm } from "@/components/account/two-factor-code-form";
import { ActionForm } from "@/components/batches/action-form";
import { confirmTwoFactorAction, disableTwoFactorAction, regenerateRecoveryCodesAction } from "@/lib/actions/account/two-factor";
import { HOME_BY_ROLE } from "@/lib/auth/roles";
import { requireOwnAccountPage, TWO_FACTOR_PAGE } from "@/lib/auth/require-page-permission";
import { startTwoFactorEnrolment, twoFactorStatus } from "@/lib/services/accounts/two-factor";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

/**
 * A person's two-factor sign-in: set up with a QR code and a first code, recovery codes, off
 * again where the role allows. A session that must enrol first sees only this page.
 */
export default async function TwoFactorPage() {
  const { actor, mustEnrol } = await requireOwnAccountPage();
  const [t, format, status] = await Promise.all([getTranslations("twoFactor"), getFormatter(), twoFactorStatus(actor)]);
  const enrolment = status.available && !status.enabled ? await startTwoFactorEnrolment(actor) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("title")}
      </h1>
      {mustEnrol && (
        <p className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-900" role="alert" data-testid="must-enrol">
          {t("mustEnrol")}
        </p>
      )}
      <p className="text-slate-700">{t("intro")}</p>
      {!status.available ? (
        <p data-testid="two-factor-status">{t("notAvailable")}</p>
      ) : status.enabled ? (
        <>
          <p data-testid="two-factor-status">
            {t("statusOn", { date: format.dateTime(status.enabledAt!, { dateStyle: "medium", timeZone: "Asia/Shanghai" }), count: status.recoveryCodesLeft })}
          </p>
          <section aria-labelledby="regenerate-title" className="space-y-2 rounded border border-slate-300 p-4">
            <h2 id="regenerate-title" className="text-lg font-semibold">
              {t("regenerateTitle")}
            </h2>
            <p className="text-slate-700">{t("regenerateIntro")}</p>
            <TwoFactorCodeForm action={regenerateRecoveryCodesAction} submitLabel={t("regenerate")} testId="regenerate-codes" next={TWO_FACTOR_PAGE} />
          </section>
          <section aria-labelledby="disable-title" className="space-y-2 rounded border border-slate-300 p-4">
            <h2 id="disable-title" className="text-lg font-semibold">
              {t("disableTitle")}
            </h2>
            {status.required ? (
              <p>{t("required")}</p>
            ) : (
              <>
                <p className="text-slate-700">{t("disableIntro")}</p>
                <ActionForm
                  action={disableTwoFactorAction}
                  testId="disable-two-factor"
                  tone="danger"
                  submitLabel={t("disable")}
                  pendingLabel={t("sending")}
                  successMessage={t("disabled")}
                  fields={[{ name: "code", label: t("code"), type: "text", required: true }]}
                />
              </>
            )}
          </section>
        </>
      ) : (
        <>
          <p data-testid="two-factor-status">{t("statusOff")}</p>
          <section aria-labelledby="scan-title" className="space-y-3 rounded border border-slate-300 p-4">
            <h2 id="scan-title" className="text-lg font-semibold">
              {t("stepScan")}
            </h2>
            <div
              role="img"
              aria-label={t("qrAlt")}
              className="h-48 w-48 bg-white"
              // The SVG is made on the server by the qrcode package from the otpauth URI alone.
              dangerouslySetInnerHTML={{ __html: enrolment!.qrSvg }}
            />
            <p>
              {t("manualKey")}{" "}
              <code className="font-mono break-all" data-testid="totp-secret">
                {enrolment!.secret}
              </code>
            </p>
          </section>
          <section aria-labelledby="confirm-title" className="space-y-3 rounded border border-slate-300 p-4">
            <h2 id="confirm-title" className="text-lg font-semibold">
              {t("stepConfirm")}
            </h2>
            <TwoFactorCodeForm
              action={confirmTwoFactorAction}
              submitLabel={t("confirm")}
              testId="confirm-two-factor"
              next={mustEnrol ? HOME_BY_ROLE[actor.role] : TWO_FACTOR_PAGE}
            />
          </section>
        </>
      )}
    </div>
  );
}
