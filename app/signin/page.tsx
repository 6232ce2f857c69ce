import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, reset] = await Promise.all([getTranslations("signin"), getTranslations("passwordReset")]);
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      {params.passwordChanged === "1" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900" data-testid="password-changed">
          {reset("signInNotice")}
        </p>
      )}
      {/* Only addresses on the portal are followed after sign-in, so a link cannot send people elsewhere. */}
      <SignInForm callbackUrl={safeReturnPath(params.callbackUrl, process.env.NEXTAUTH_URL || undefined)} />
      <p>
        <Link href="/password-reset" className="text-brand-700 underline">
          {reset("forgotLink")}
        </Link>
      </p>
    </div>
  );
}
