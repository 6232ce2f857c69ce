"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { markNotificationsReadAction } from "@/lib/actions/notifications/mark-notifications-read";

/** Marks one notification (or, without an id, all of them) as read. */
export function MarkReadButton({ notificationId, label }: { notificationId?: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function mark() {
    setPending(true);
    const result = await markNotificationsReadAction(notificationId ? { notificationIds: [notificationId] } : { all: true });
    setPending(false);
    if (result.ok) router.refresh();
  }
  return (
    <button type="button" onClick={() => void mark()} disabled={pending} className="rounded border border-slate-400 px-2 py-0.5 text-sm disabled:opacity-60">
      {label}
    </button>
  );
}
