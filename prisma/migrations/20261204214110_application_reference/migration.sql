-- AlterTable
ALTER TABLE "application" ADD COLUMN     "reference" VARCHAR(20);

-- Added by hand: the numbers come from one sequence (never the same twice, whatever runs at
-- once); files already submitted get theirs in the order they came, with their year.
CREATE SEQUENCE "application_reference_seq";

UPDATE application a
   SET reference = 'SB' || a.year || '-' || lpad(n.seq::text, 7, '0')
  FROM (SELECT id, nextval('application_reference_seq') AS seq
          FROM (SELECT id FROM application WHERE submitted_at IS NOT NULL ORDER BY submitted_at, id) ordered) n
 WHERE a.id = n.id;

-- CreateIndex
CREATE UNIQUE INDEX "application_reference_key" ON "application"("reference");
