-- The public register searches company names by any part ("科技", "华为", "huawei") at
-- national scale. Chinese has no word boundaries, so each name is indexed by its character
-- bigrams, and single characters for one-character searches, in a GIN index; a search asks
-- for every bigram of the query and the LIKE on the name then confirms the exact substring.
-- (pg_trgm would need three characters, and ignores Chinese under the C locale.)
CREATE FUNCTION company_name_grams(name_zh text, name_en text) RETURNS tsvector AS $$
  SELECT array_to_tsvector(coalesce(array_agg(DISTINCT gram) FILTER (WHERE gram <> ''), '{}'::text[]))
  FROM unnest(ARRAY[lower(name_zh), lower(coalesce(name_en, ''))]) AS name(text),
       LATERAL generate_series(1, char_length(name.text)) AS position,
       LATERAL (VALUES (substr(name.text, position, 1)), (substr(name.text, position, 2))) AS grams(gram)
$$ LANGUAGE sql IMMUTABLE PARALLEL SAFE;

ALTER TABLE "company" ADD COLUMN "name_grams" tsvector GENERATED ALWAYS AS (company_name_grams("name_zh", "name_en")) STORED;
CREATE INDEX "company_name_grams_idx" ON "company" USING gin ("name_grams");

-- Credit codes are searched by their first characters; a pattern index serves LIKE 'prefix%'
-- whatever the database's collation.
CREATE INDEX "company_credit_code_prefix_idx" ON "company" ("credit_code" text_pattern_ops);

-- The register's default order (newest year first, then certificate number), so the first
-- page and later pages read the index in order instead of sorting every recognition.
CREATE INDEX "recognition_year_certificate_no_idx" ON "recognition" ("year" DESC, "certificate_no");

-- The register's version moves on with every committed change to what it shows (titles, the
-- firms' names and codes, batch titles), so a search cached under one version is never served
-- once the register has changed, on any app instance. A sequence takes no row locks, and the
-- triggers fire at commit (deferred), so a reader cannot see the new version before the change.
CREATE SEQUENCE "register_version";
CREATE FUNCTION register_version_bump() RETURNS trigger AS $$
BEGIN
  PERFORM nextval('register_version');
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE CONSTRAINT TRIGGER "recognition_register_version" AFTER INSERT OR UPDATE OR DELETE ON "recognition"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION register_version_bump();
CREATE CONSTRAINT TRIGGER "company_register_version" AFTER UPDATE OF "name_zh", "name_en", "credit_code" ON "company"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION register_version_bump();
CREATE CONSTRAINT TRIGGER "batch_register_version" AFTER UPDATE OF "title_zh", "title_en" OR DELETE ON "batch"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION register_version_bump();
