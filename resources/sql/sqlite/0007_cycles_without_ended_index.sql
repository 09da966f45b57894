-- The provisioning cycles are few (one per run of the identity provider), and the current one is
-- written with every commit: its `ended` index cost a page per request and served only retention,
-- which reads the small table whole.
DROP INDEX IF EXISTS provisioning_cycles_ended;
