-- Several receivers may write one store (a shared PostgreSQL database; SQLite keeps the same
-- schema): each request-log row, provisioning cycle, traffic minute and audit event names the
-- receiver that wrote it. Rows written before this version have an empty name.
ALTER TABLE request_log ADD COLUMN receiver TEXT NOT NULL DEFAULT '';
ALTER TABLE provisioning_cycles ADD COLUMN receiver TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_events ADD COLUMN receiver TEXT NOT NULL DEFAULT '';
CREATE INDEX provisioning_cycles_receiver ON provisioning_cycles(receiver, id);

-- One traffic row per minute and receiver (the Overview adds them up).
CREATE TABLE request_minutes_by_receiver (
    minute    TEXT    NOT NULL,
    receiver  TEXT    NOT NULL DEFAULT '',
    requests  INTEGER NOT NULL,
    failures  INTEGER NOT NULL,
    latency   TEXT    NOT NULL,
    PRIMARY KEY (minute, receiver)
);
INSERT INTO request_minutes_by_receiver (minute, receiver, requests, failures, latency)
    SELECT minute, '', requests, failures, latency FROM request_minutes;
DROP TABLE request_minutes;
ALTER TABLE request_minutes_by_receiver RENAME TO request_minutes;
