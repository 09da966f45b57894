-- The audit trail: one row per change (and one per member added or removed), written in the same
-- transaction as the change it describes. request_ref links an event to its row in request_log.
-- changes holds the changed attributes as JSON; changes_text the same as the export writes it.
CREATE TABLE audit_events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    time         TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    target_type  TEXT    NOT NULL,
    target_id    TEXT,
    target_name  TEXT,
    member_id    TEXT,
    member_name  TEXT,
    changes      TEXT,
    changes_text TEXT,
    request_ref  TEXT,
    result       TEXT    NOT NULL
);
CREATE INDEX audit_events_time ON audit_events(time);
CREATE INDEX audit_events_action ON audit_events(action, time);
CREATE INDEX audit_events_target ON audit_events(target_id);

ALTER TABLE request_log ADD COLUMN request_ref TEXT;
CREATE INDEX request_log_ref ON request_log(request_ref);
