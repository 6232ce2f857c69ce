import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/roles";
import { unreadNotificationCount } from "@/lib/services/notifications/list-notifications";

/** The header's link to the inbox, with the number of unread notifications. */
export async function InboxLink({ actor }: { actor: Actor }) {
  const [t, unread] = await Promise.all([getTranslations("inbox"), unreadNotificationCount(actor).catch(() => 0)]);
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
