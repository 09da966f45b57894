-- The run id of the IdP simulation that sent a request (its X-Scim-Monitor-Simulation header), so
-- that the log, the headless output and the CSV export mark rehearsal traffic. NULL for real
-- traffic and for every entry stored before this version.
ALTER TABLE request_log ADD COLUMN simulation_run TEXT;
