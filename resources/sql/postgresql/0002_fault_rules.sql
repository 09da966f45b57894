-- Fault injection rules, tried in order (one JSON definition each), and a revision every change
-- raises so that every receiver on the store picks the rules up within a second. Each request a
-- rule faulted names it in the request log.
CREATE TABLE fault_rules (
    position    BIGINT PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    definition  TEXT NOT NULL
);
CREATE UNIQUE INDEX fault_rules_name ON fault_rules(lower(name));
CREATE TABLE fault_rule_revision (
    revision    BIGINT NOT NULL
);
INSERT INTO fault_rule_revision (revision) VALUES (0);
ALTER TABLE request_log ADD COLUMN fault TEXT COLLATE "C";
CREATE INDEX request_log_fault ON request_log(id) WHERE fault IS NOT NULL;
