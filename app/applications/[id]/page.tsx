import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/require-page-permission";

/**
 * Notifications link to /applications/{id} whoever they are for; each role reads the file in
 * its own area, where the page itself checks that this person may see it.
 */
export default async function ApplicationLink({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("signed-in");
  const id = z
    .string()
    .uuid()
    .safeParse((await params).id);
  if (!id.success) notFound();
  if (hasPermission(actor, "application:edit")) redirect(`/company/applications/${id.data}/status`);
  if (hasPermission(actor, "expert-review:submit")) redirect(`/expert`);
  if (hasPermission(actor, "queue:read")) redirect(`/staff/applications/${id.data}`);
  notFound();
}
