/**
 * Record ids are UUIDs. A string that is not one names no record: callers answer "not found"
 * before it reaches a uuid column (which would refuse it with a database error instead).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isRecordId = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
