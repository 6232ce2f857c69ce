-- AlterTable
ALTER TABLE "application" ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "level_arrived_at" TIMESTAMPTZ(3),
ADD COLUMN     "level_due_on" DATE,
ADD COLUMN     "overdue_notice_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "application_status_level_due_on_idx" ON "application"("status", "level_due_on");

-- Files already waiting at a level: they arrived with the last step that brought them to their status.
UPDATE "application" AS a SET "level_arrived_at" = arrival."at"
FROM (
  SELECT DISTINCT ON (r."application_id") r."application_id", r."created_at" AS "at"
  FROM "review" AS r
  JOIN "application" AS f ON f."id" = r."application_id" AND f."status" = r."to_status"
  WHERE r."to_status" IN ('municipal_review', 'provincial_review', 'ministry_review')
  ORDER BY r."application_id", r."created_at" DESC
) AS arrival
WHERE a."id" = arrival."application_id";

-- Their due dates, as lib/domain/review-timing counts them: the n-th working day after the day
-- of arrival in Beijing, by the holiday calendar (a listed holiday is never worked; a listed
-- make-up day is, even on a weekend).
UPDATE "application" AS a SET "level_due_on" = (
  SELECT d."day"
  FROM (
    SELECT (((a."level_arrived_at" + interval '8 hours') AT TIME ZONE 'UTC')::date + g.n) AS "day"
    FROM generate_series(1, 800) AS g(n)
  ) AS d
  WHERE NOT EXISTS (SELECT 1 FROM "calendar_day" AS c WHERE c."day" = d."day" AND c."kind" = 'holiday')
    AND (EXTRACT(ISODOW FROM d."day") < 6 OR EXISTS (SELECT 1 FROM "calendar_day" AS c WHERE c."day" = d."day" AND c."kind" = 'workday'))
  ORDER BY d."day"
  OFFSET (CASE a."status"
    WHEN 'municipal_review' THEN p."municipal_review_days"
    WHEN 'provincial_review' THEN p."provincial_review_days"
    ELSE p."ministry_review_days" END) - 1
  LIMIT 1
)
FROM "programme" AS p
WHERE p."id" = a."programme_id"
  AND a."level_arrived_at" IS NOT NULL
  AND CASE a."status"
    WHEN 'municipal_review' THEN p."municipal_review_days"
    WHEN 'provincial_review' THEN p."provincial_review_days"
    ELSE p."ministry_review_days" END IS NOT NULL;
