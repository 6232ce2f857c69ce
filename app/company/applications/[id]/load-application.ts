import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { companyApplication } from "@/lib/services/company-portal/company-application";

/** The company's own application, or the 404 page (another firm's id looks exactly like a missing one). */
export async function loadCompanyApplication(actor: Actor, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    return await companyApplication(actor, id);
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
}
