-- OSICAM knowledge base, schema version 2: consolidation's manual match decisions.
-- Placeholders as in V1 (${key}, ${text}). One row per unordered pair of source keys, the smaller
-- key (Java's SourceKey order) on the left; a later decision on the pair replaces the row. The
-- table has no customer_id: a decision names source records, and erasure deletes every decision
-- that names one of the erased customer's source keys (left through the primary key, right through
-- kb_match_decision_right).

CREATE TABLE IF NOT EXISTS kb_match_decision (
  left_system ${key} NOT NULL,
  left_key ${key} NOT NULL,
  right_system ${key} NOT NULL,
  right_key ${key} NOT NULL,
  is_match BOOLEAN NOT NULL,
  decided_sec BIGINT NOT NULL,
  decided_nano INTEGER NOT NULL,
  -- an operator id, never personal data about the customer
  decided_by ${text},
  PRIMARY KEY (left_system, left_key, right_system, right_key)
);
CREATE INDEX IF NOT EXISTS kb_match_decision_right
  ON kb_match_decision (right_system, right_key);
