import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold" data-testid="forbidden">
        {t("forbiddenTitle")}
      </h1>
      <p>{t("forbiddenText")}</p>
      <Link href="/" className="text-brand-600 underline">
        {t("backHome")}
      </Link>
    </div>
  );
}
