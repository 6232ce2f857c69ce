import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signin"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("signin");
  const params = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      {/* Only addresses on the portal are followed after sign-in, so a link cannot send people elsewhere. */}
      <SignInForm callbackUrl={safeReturnPath(params.callbackUrl, process.env.NEXTAUTH_URL || undefined)} />
    </div>
  );
}
