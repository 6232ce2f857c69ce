import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The header's way to company sign-up, for visitors who are not signed in. */
export async function SignupLink() {
  const t = await getTranslations("signup");
  return (
    <Link href="/signup" className="hover:underline" data-testid="signup-link">
      {t("headerLink")}
    </Link>
  );
}
