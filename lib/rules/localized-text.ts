import { z } from "zod";

/** Every user-facing sentence the engine produces exists in both languages of the portal. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export const localizedTextSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
