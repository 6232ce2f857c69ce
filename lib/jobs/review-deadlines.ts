import { sendOverdueNotices } from "@/lib/services/review/overdue-notices";
import type { JobDefinition } from "./job-types";

/** Files past their review level's time limit: their reviewer is told, then the level's officials (docs/decisions/029). */
export const reviewDeadlinesJob: JobDefinition = {
  name: "review-deadlines",
  run: ({ tx, today, now }) => sendOverdueNotices(tx, today, now),
};
