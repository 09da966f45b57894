#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace scimmon {

/// A column the window's Users and Groups tables sort by. Each is indexed, so that a page in any
/// order is read without sorting every resource. Resources without a value come first in
/// ascending order and last in descending order; ties keep creation order.
enum class BrowseSort {
    Name, ///< userName (users) or displayName (groups), without regard to case
    DisplayName, ///< a user's displayName, without regard to case
    GivenName, ///< a user's name.givenName, without regard to case
    FamilyName, ///< a user's name.familyName, without regard to case
    WorkEmail, ///< a user's emails[type eq "work"].value, without regard to case
    ExternalId, ///< `externalId`, exact
    Active, ///< a user's `active` (deactivated users first in ascending order)
    Count, ///< the groups a user is a direct member of; a group's direct members
    Warnings, ///< the mapping-health warnings (MappingHealth::Attributes value)
    LastModified, ///< `meta.lastModified`
};

/// What the Users or Groups table asks the store for: a search, a filter, an order and a page.
struct BrowseQuery
{
    /// Text contained, without regard to case, in the userName, displayName, name.givenName,
    /// name.familyName, work email or externalId of a user; the displayName or externalId of a
    /// group. Empty: every resource.
    QString search;
    bool warningsOnly = false; ///< only resources with mapping-health warnings
    BrowseSort sort = BrowseSort::Name;
    bool descending = false;
    qint64 offset = 0;
    qint64 limit = 100; ///< rows in the page; 0 reads only the counts
    /// How many resources match, when the caller knows it from an earlier page of the same query
    /// (the store then does not count again); -1: unknown.
    qint64 knownMatching = -1;
};

/// One row of the Users or Groups table.
struct BrowseRow
{
    QString id;
    QString name; ///< userName (users) or displayName (groups)
    QString displayName; ///< a user's displayName
    QString givenName; ///< name.givenName
    QString familyName; ///< name.familyName
    QString workEmail; ///< the value of the user's emails element of type "work"
    QString externalId;
    bool active = true; ///< a user's `active` (true when absent)
    qint64 count = 0; ///< the groups a user is a direct member of; a group's direct members
    int warnings = 0; ///< MappingHealth::Attributes the resource lacks
    QDateTime lastModified; ///< UTC
};

/// One page of the Users or Groups table with its counts.
struct BrowsePage
{
    QList<BrowseRow> rows;
    qint64 matching = -1; ///< resources matching the search and filter; -1 on failure
    qint64 total = -1; ///< resources of the kind; -1 on failure
};

} // namespace scimmon
