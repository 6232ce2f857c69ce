/**
 * Makes the first national administrator of a portal (or another one), as the person who runs
 * the servers: `npm run admin:invite -- --email someone@miit.gov.cn --name 张三`. Prints the
 * single-use link (72 hours) that sets the password; every other account is then made in the
 * portal (/admin/users). Exits non-zero when the address already has an account.
 */
import { parseArgs } from "node:util";
import { useDatabase } from "@/lib/db/client";
import { emailSchema } from "@/lib/domain/signup/signup-schema";
import { DomainError } from "@/lib/errors/domain-error";
import { outboxConfig } from "@/lib/outbox/outbox-config";
import { inviteNationalAdministrator } from "@/lib/services/accounts/first-administrator";
import { openPortalDatabase } from "./support/portal-database";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const email = emailSchema.safeParse(values.email ?? "");
const name = values.name?.trim() ?? "";
if (!email.success || name === "" || name.length > 60) {
  console.error("Usage: npm run admin:invite -- --email someone@example.gov.cn --name 张三 (a valid email and a name of up to 60 characters)");
  process.exit(2);
}

const db = await openPortalDatabase();
useDatabase(db);
try {
  const invitation = await inviteNationalAdministrator({ email: email.data, name });
  console.log(`National administrator ${email.data} invited. Give them this link (it works once, until ${invitation.expiresAt.toISOString()}):`);
  console.log(`${outboxConfig().publicUrl}/invitation/${invitation.secret}`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.bilingual.en);
  process.exitCode = 1;
} finally {
  await db.close();
}
