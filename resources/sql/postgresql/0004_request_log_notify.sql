-- Live updates for windows watching a shared store: every transaction that adds request-log rows
-- sends one notification on the channel scimmon_request_log when it commits (PostgreSQL delivers
-- it only after the commit and folds repeats within a transaction into one). The payload is empty:
-- a listener reads the rows after the newest it has seen.
CREATE FUNCTION scimmon_notify_request_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('scimmon_request_log', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER request_log_notify AFTER INSERT ON request_log
    FOR EACH STATEMENT EXECUTE FUNCTION scimmon_notify_request_log();
