-- Fault injection rules, tried in order (one JSON definition each), and a revision every change
-- raises so that a running receiver picks the rules up within a second. Each request a rule
-- faulted names it in the request log.
CREATE TABLE fault_rules (
    position    INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    definition  TEXT    NOT NULL
);
CREATE UNIQUE INDEX fault_rules_name ON fault_rules(lower(name));
CREATE TABLE fault_rule_revision (
    revision    INTEGER NOT NULL
);
INSERT INTO fault_rule_revision (revision) VALUES (0);
ALTER TABLE request_log ADD COLUMN fault TEXT;
CREATE INDEX request_log_fault ON request_log(id) WHERE fault IS NOT NULL;
