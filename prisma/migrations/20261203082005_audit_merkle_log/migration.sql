-- CreateTable
CREATE TABLE "audit_leaf" (
    "seq" BIGINT NOT NULL,
    "audit_id" BIGINT NOT NULL,
    "leaf_hash" CHAR(64) NOT NULL,

    CONSTRAINT "audit_leaf_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "audit_tree_head" (
    "tree_size" BIGINT NOT NULL,
    "root_hash" CHAR(64) NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL,
    "key_id" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "audit_tree_head_pkey" PRIMARY KEY ("tree_size")
);

-- CreateTable
CREATE TABLE "audit_sequencer_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "tree_size" BIGINT NOT NULL DEFAULT 0,
    "frontier" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "horizon" TIMESTAMPTZ(3),
    "legacy_end" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "audit_sequencer_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "audit_leaf_audit_id_key" ON "audit_leaf"("audit_id");

-- CreateIndex
CREATE INDEX "audit_log_at_id_idx" ON "audit_log"("at", "id");

-- The hash chain's trigger took one advisory lock for every audit row, so every transaction that
-- wrote an audit entry ran one at a time from that insert until it committed. Rows are now
-- written without it; the sequencer (lib/services/audit/sequence-audit.ts) gives committed rows
-- their place in a signed Merkle log (docs/decisions/015). audit_log_row_hash stays: the rows
-- chained until now are verified with it.
DROP TRIGGER audit_log_chain ON audit_log;
DROP FUNCTION audit_log_chain();

-- The leaves and the tree heads are append-only like the log itself.
CREATE FUNCTION audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_leaf_no_update BEFORE UPDATE OR DELETE ON audit_leaf FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_leaf_no_truncate BEFORE TRUNCATE ON audit_leaf FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_head_no_update BEFORE UPDATE OR DELETE ON audit_tree_head FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_head_no_truncate BEFORE TRUNCATE ON audit_tree_head FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();

-- The rows chained so far become the first leaves, in chain (id) order, at the sequencer's first
-- run: signing needs the key, which the database never holds.
INSERT INTO audit_sequencer_state (id, tree_size, frontier, horizon, legacy_end)
SELECT 1, 0, ARRAY[]::text[], NULL, coalesce(max(id), 0) FROM audit_log WHERE hash <> '';
