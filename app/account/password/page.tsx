import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/require-page-permission";
import { ChangePasswordForm } from "./change-password-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("password.title") };
}

/** Every signed-in person changes their own password, with the current one. */
export default async function ChangePasswordPage() {
  await requirePagePermission("signed-in");
  const t = await getTranslations("account.password");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-bold text-brand-800" data-testid="page-title">
        {t("title")}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ChangePasswordForm />
    </div>
  );
}
