import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { certificateNoSchema, recognitionIdByCertificate } from "@/lib/services/register/verify-recognition";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register"))("verifyTitle") };
}

/**
 * Verification by the number printed on a certificate, for whoever holds a paper copy and no QR
 * reader. A plain GET form: a found number opens the same verdict page the QR code does.
 */
export default async function VerifyByNumberPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("register");
  const raw = (await searchParams).number;
  const number = typeof raw === "string" ? raw : "";
  let problem: string | null = null;
  if (number.trim() !== "") {
    if (!certificateNoSchema.safeParse(number).success) problem = t("verifyInvalid");
    else {
      const id = await recognitionIdByCertificate(number);
      if (id) redirect(`/verify/${id}`);
      problem = t("verifyNotFound", { number: number.trim() });
    }
  }
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{t("verifyTitle")}</h1>
      <p className="text-slate-700">{t("verifyIntro")}</p>
      <form method="get" action="/verify" className="space-y-2" data-testid="verify-form">
        <label htmlFor="number" className="block font-medium">
          {t("certificateNo")}
        </label>
        <div className="flex flex-wrap gap-3">
          <input
            id="number"
            name="number"
            defaultValue={number}
            required
            maxLength={64}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "number-hint number-problem" : "number-hint"}
            className="min-w-64 flex-1 rounded border border-slate-400 px-2 py-1 font-mono"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">
            {t("verifySubmit")}
          </button>
        </div>
        <p id="number-hint" className="text-sm text-slate-600">
          {t("verifyNumberHint")}
        </p>
        {problem && (
          <p id="number-problem" role="alert" className="rounded border-2 border-accent-600 p-3" data-testid="verify-problem">
            {problem}
          </p>
        )}
      </form>
    </div>
  );
}
