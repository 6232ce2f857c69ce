import type { InvalidField } from "@/lib/api/eligibility-contract";
import { describeIssue } from "@/lib/rules";

/** Zod issues as the API reports them: dotted path ("awards.scienceTech.0.rank"), message in both languages. */
export function issuesOf(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string; params?: Record<string, unknown> }[];
}): InvalidField[] {
  return error.issues.map((issue) => {
    const { text } = describeIssue(issue);
    return { path: issue.path.map(String).join("."), message: text.en, messageZh: text.zh, code: issue.code };
  });
}
