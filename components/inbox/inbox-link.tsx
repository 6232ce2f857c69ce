import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The header's link to the inbox, with the number of unread notifications (read by the layout). */
export async function InboxLink({ unread }: { unread: number }) {
  const t = await getTranslations("inbox");
  return (
    <Link href="/inbox" className="hover:underline" data-testid="inbox-link">
      {t("link")}
      {unread > 0 && (
        <span className="ml-1 rounded-full bg-white px-1.5 text-xs font-semibold text-brand-700" data-testid="unread-count">
          {unread}
          <span className="sr-only"> {t("unreadSuffix")}</span>
        </span>
      )}
    </Link>
  );
}
