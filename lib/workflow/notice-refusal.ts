import { DomainError } from "@/lib/errors/domain-error";
import type { NoticeRefusal } from "@/lib/workflow/notice-window";

/** A refused notice date as the 409 the forms show beside the field, with the rule and the day it lifts. */
export function noticeRefusal(refusal: NoticeRefusal): DomainError {
  return new DomainError("conflict", refusal.message, { rule: refusal.rule, field: refusal.field, possibleFrom: refusal.possibleFrom });
}
