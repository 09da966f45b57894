-- Pages in creation order (`startIndex` without a filter or sortBy, as Entra and Okta read a whole
-- tenant) find where a page starts by counting entries of these narrow indexes instead of walking
-- the tables' rows, which hold each resource's whole JSON: on 100,000 users a late page walked
-- about 100 MB of rows, now a few hundred index pages.
CREATE INDEX scim_users_seq ON scim_users(seq);
CREATE INDEX scim_groups_seq ON scim_groups(seq);
