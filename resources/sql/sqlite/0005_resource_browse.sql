-- The window's Users and Groups tables: the columns they search, sort and filter by, indexed, so
-- that a page of 100,000 users in any order is read without scanning the wide rows.
-- The store derives the *_folded columns, search_text and mapping_warnings from each resource's
-- attributes when it writes it; search_text NULL marks a resource stored before this version,
-- which the store derives when it opens. The counts follow the memberships through triggers.
ALTER TABLE scim_users ADD COLUMN given_name_folded TEXT;
ALTER TABLE scim_users ADD COLUMN family_name_folded TEXT;
ALTER TABLE scim_users ADD COLUMN work_email_folded TEXT;
ALTER TABLE scim_users ADD COLUMN search_text TEXT;
ALTER TABLE scim_users ADD COLUMN mapping_warnings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scim_users ADD COLUMN group_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scim_groups ADD COLUMN search_text TEXT;
ALTER TABLE scim_groups ADD COLUMN mapping_warnings INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scim_groups ADD COLUMN member_count INTEGER NOT NULL DEFAULT 0;

UPDATE scim_users SET group_count = (SELECT COUNT(*) FROM memberships m WHERE m.member_id = scim_users.id);
UPDATE scim_groups SET member_count = (SELECT COUNT(*) FROM memberships m WHERE m.group_seq = scim_groups.seq);

-- Direct memberships counted on both sides. Rows that a group's deletion removes (ON DELETE
-- CASCADE) fire the delete trigger too. The statements inside a trigger end with a comment, so
-- that the migrator, which splits a script at lines ending in ';', keeps each trigger whole.
CREATE TRIGGER memberships_added AFTER INSERT ON memberships
BEGIN
    UPDATE scim_groups SET member_count = member_count + 1 WHERE seq = NEW.group_seq; -- the group
    UPDATE scim_users SET group_count = group_count + 1 WHERE id = NEW.member_id; -- a user member
END;
CREATE TRIGGER memberships_removed AFTER DELETE ON memberships
BEGIN
    UPDATE scim_groups SET member_count = member_count - 1 WHERE seq = OLD.group_seq; -- the group
    UPDATE scim_users SET group_count = group_count - 1 WHERE id = OLD.member_id; -- a user member
END;

-- Sorting users by any column of the table walks one of these (userName, displayName,
-- externalId and active have theirs already). Search scans the narrow search_text index instead
-- of the table. Groups are few enough to sort without indexes.
CREATE INDEX scim_users_given_name ON scim_users(given_name_folded);
CREATE INDEX scim_users_family_name ON scim_users(family_name_folded);
CREATE INDEX scim_users_work_email ON scim_users(work_email_folded);
CREATE INDEX scim_users_group_count ON scim_users(group_count);
CREATE INDEX scim_users_last_modified ON scim_users(last_modified);
CREATE INDEX scim_users_warnings ON scim_users(mapping_warnings);
CREATE INDEX scim_users_search ON scim_users(search_text);
