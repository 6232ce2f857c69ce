import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
  // The second factor, when the account has one: read by lib/domain/accounts/two-factor.ts.
  code: z.string().max(40).optional(),
});
