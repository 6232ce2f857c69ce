import "server-only";
import { forbidden, notFound } from "next/navigation";
import { DomainError } from "@/lib/errors/domain-error";

/**
 * A page's main load: a record the service reports as missing or out of the official's
 * jurisdiction becomes the 404 (or 403) page instead of an error page.
 */
export async function loadOr404<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) notFound();
    if (error instanceof DomainError && error.status === 403) forbidden();
    throw error;
  }
}
