import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/require-role";

/**
 * Notifications link to /applications/{id} whoever they are for; each role reads the file in
 * its own area, where the page itself checks that this person may see it.
 */
export default async function ApplicationLink({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireRole(["company", "municipal", "provincial", "ministry", "expert"]);
  const id = z.string().uuid().safeParse((await params).id);
  if (!id.success) notFound();
  if (actor.role === "company") redirect(`/company/applications/${id.data}/status`);
  if (actor.role === "expert") redirect(`/expert`);
  redirect(`/staff/applications/${id.data}`);
}
