-- The provisioning log's views: who sent each request (idp), what a refused request tried
-- (attempted_operation), the provisioning cycle it belongs to, per-minute traffic for the
-- Overview, and the indexes the log's filters, object history and retention use.
ALTER TABLE request_log ADD COLUMN idp TEXT;
ALTER TABLE request_log ADD COLUMN attempted_operation TEXT;
ALTER TABLE request_log ADD COLUMN cycle_id INTEGER;

-- Entries written before this version: operation names as the log now uses them, and the IdP
-- from the User-Agent or the Entra dialect notes.
UPDATE request_log SET operation = 'Lookup user' WHERE operation IN ('Get user', 'List users', 'Find user');
UPDATE request_log SET operation = 'Lookup group' WHERE operation IN ('Get group', 'List groups', 'Find group');
UPDATE request_log SET operation = 'Lookup user' WHERE operation = 'Search' AND resource_type IS NOT 'Group';
UPDATE request_log SET operation = 'Lookup group' WHERE operation = 'Search';
UPDATE request_log SET attempted_operation = operation, operation = 'Auth failure'
    WHERE status = 401 AND operation <> 'Auth failure';
UPDATE request_log SET attempted_operation = operation, operation = 'Rejected'
    WHERE status >= 400 AND status <> 401 AND operation NOT IN ('Rejected', 'Auth failure');
UPDATE request_log SET idp = CASE
    WHEN request_headers LIKE '%User-Agent:%okta%' THEN 'Okta'
    WHEN request_headers LIKE '%User-Agent:%microsoft%' OR request_headers LIKE '%User-Agent:%azure%' THEN 'Entra'
    WHEN notes LIKE '%capitalised%' OR notes LIKE '%sent as string%' OR notes LIKE '%value-array member removal%'
        THEN 'Entra'
    ELSE 'Other' END;

CREATE INDEX request_log_operation ON request_log(operation);
CREATE INDEX request_log_resource ON request_log(resource_id);
CREATE INDEX request_log_cycle ON request_log(cycle_id);
CREATE INDEX request_log_member_changes ON request_log(id)
    WHERE members_added_count > 0 OR members_removed_count > 0;

-- One row per provisioning cycle (CycleTracker), updated as its requests arrive.
CREATE TABLE provisioning_cycles (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    started          TEXT    NOT NULL,
    ended            TEXT    NOT NULL,
    trigger          TEXT    NOT NULL,
    idp              TEXT,
    token_label      TEXT,
    requests         INTEGER NOT NULL DEFAULT 0,
    test_connections INTEGER NOT NULL DEFAULT 0,
    lookups          INTEGER NOT NULL DEFAULT 0,
    created          INTEGER NOT NULL DEFAULT 0,
    updated          INTEGER NOT NULL DEFAULT 0,
    deactivated      INTEGER NOT NULL DEFAULT 0,
    reactivated      INTEGER NOT NULL DEFAULT 0,
    deleted          INTEGER NOT NULL DEFAULT 0,
    members_added    INTEGER NOT NULL DEFAULT 0,
    members_removed  INTEGER NOT NULL DEFAULT 0,
    failures         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX provisioning_cycles_ended ON provisioning_cycles(ended);

-- Requests per minute with a latency histogram (LatencyHistogram text), for the Overview.
CREATE TABLE request_minutes (
    minute    TEXT    PRIMARY KEY,
    requests  INTEGER NOT NULL,
    failures  INTEGER NOT NULL,
    latency   TEXT    NOT NULL
);

-- The Overview's active-user count without reading every user.
CREATE INDEX scim_users_active ON scim_users(active);
