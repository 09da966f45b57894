-- What each write changed, for the provisioning log's before → after view.
-- Member id lists hold at most 1,000 ids (JSON arrays); the counts are exact.
ALTER TABLE request_log ADD COLUMN change_before TEXT;
ALTER TABLE request_log ADD COLUMN change_after TEXT;
ALTER TABLE request_log ADD COLUMN members_added TEXT;
ALTER TABLE request_log ADD COLUMN members_removed TEXT;
ALTER TABLE request_log ADD COLUMN members_added_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE request_log ADD COLUMN members_removed_count INTEGER NOT NULL DEFAULT 0;
