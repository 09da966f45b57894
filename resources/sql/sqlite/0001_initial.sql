-- Users, groups, memberships, tokens and the request log.
-- Timestamps are ISO 8601 UTC text with milliseconds ("2026-11-29T17:02:37.123Z"), so they sort as text.
-- *_folded columns hold the Unicode case-folded value for attributes compared without regard to case.

CREATE TABLE scim_users (
    seq               INTEGER PRIMARY KEY AUTOINCREMENT,
    id                TEXT    NOT NULL UNIQUE,
    user_name         TEXT    NOT NULL,
    user_name_folded  TEXT    NOT NULL UNIQUE,
    external_id       TEXT,
    display_name      TEXT,
    display_name_folded TEXT,
    active            INTEGER NOT NULL DEFAULT 1,
    data              TEXT    NOT NULL,
    created           TEXT    NOT NULL,
    last_modified     TEXT    NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX scim_users_external_id ON scim_users(external_id);
CREATE INDEX scim_users_display_name_folded ON scim_users(display_name_folded);

CREATE TABLE user_emails (
    user_seq     INTEGER NOT NULL REFERENCES scim_users(seq) ON DELETE CASCADE,
    type_folded  TEXT    NOT NULL DEFAULT '',
    value_folded TEXT    NOT NULL
);
CREATE INDEX user_emails_value ON user_emails(value_folded, type_folded);
CREATE INDEX user_emails_user ON user_emails(user_seq);

CREATE TABLE scim_groups (
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    id                  TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL,
    display_name_folded TEXT    NOT NULL UNIQUE,
    external_id         TEXT,
    data                TEXT    NOT NULL,
    created             TEXT    NOT NULL,
    last_modified       TEXT    NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX scim_groups_external_id ON scim_groups(external_id);

-- One row per (group, member). A member is a user or a group; member_seq points into the table
-- named by member_type, so deleting a user or group must delete its rows here (done by the store).
CREATE TABLE memberships (
    group_seq   INTEGER NOT NULL REFERENCES scim_groups(seq) ON DELETE CASCADE,
    member_id   TEXT    NOT NULL,
    member_type TEXT    NOT NULL,
    PRIMARY KEY (group_seq, member_id)
);
CREATE INDEX memberships_member ON memberships(member_id);

CREATE TABLE tokens (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    label          TEXT    NOT NULL,
    hash           TEXT    NOT NULL UNIQUE,
    created        TEXT    NOT NULL,
    expires        TEXT,
    revoked        TEXT,
    last_used      TEXT,
    request_count  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE request_log (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    time             TEXT    NOT NULL,
    client           TEXT    NOT NULL,
    method           TEXT    NOT NULL,
    path             TEXT    NOT NULL,
    status           INTEGER NOT NULL,
    duration_ms      REAL    NOT NULL,
    operation        TEXT    NOT NULL,
    resource_type    TEXT,
    resource_id      TEXT,
    target           TEXT,
    token_label      TEXT,
    auth_failure     TEXT,
    notes            TEXT,
    request_headers  TEXT,
    request_body     TEXT,
    response_headers TEXT,
    response_body    TEXT
);
CREATE INDEX request_log_time ON request_log(time);
