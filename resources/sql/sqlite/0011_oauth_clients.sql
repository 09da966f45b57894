-- OAuth 2.0 clients of the token endpoint (/oauth2/token): the Client Identifier, the lifetime of
-- the access tokens they are issued, and an optional federation trust (JSON: issuer, subject,
-- audience, jwks) for the jwt-bearer grant. Their Client Secrets are stored as SHA-256 hashes, the
-- access tokens they are issued as tokens rows naming the client.
CREATE TABLE oauth_clients (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id               TEXT    NOT NULL UNIQUE,
    name                    TEXT    NOT NULL,
    token_lifetime_minutes  INTEGER NOT NULL,
    created                 TEXT    NOT NULL,
    revoked                 TEXT,
    federation              TEXT
);
CREATE TABLE oauth_client_secrets (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    client   INTEGER NOT NULL REFERENCES oauth_clients(id) ON DELETE CASCADE,
    hash     TEXT    NOT NULL UNIQUE,
    created  TEXT    NOT NULL,
    expires  TEXT
);
CREATE INDEX oauth_client_secrets_client ON oauth_client_secrets(client);
ALTER TABLE tokens ADD COLUMN oauth_client INTEGER REFERENCES oauth_clients(id) ON DELETE CASCADE;
CREATE INDEX tokens_oauth_client ON tokens(oauth_client) WHERE oauth_client IS NOT NULL;
