#pragma once

#include <QJsonObject>
#include <QStringList>

namespace scimmon {

/// What a SCIM write changed: the resource's attributes before and after (canonical, see
/// Resource::data; empty before a create and after a delete) and the group members it added and
/// removed. Empty for reads and refused requests.
struct ResourceChange
{
    QJsonObject before;
    QJsonObject after;
    QStringList membersAdded; ///< ids; when read back from the log, at most the first 1,000
    QStringList membersRemoved; ///< ids; when read back from the log, at most the first 1,000
    qint64 membersAddedCount = 0; ///< exact count, also when the list is cut
    qint64 membersRemovedCount = 0; ///< exact count, also when the list is cut

    bool isEmpty() const
    {
        return before.isEmpty() && after.isEmpty() && membersAdded.isEmpty() && membersRemoved.isEmpty();
    }
};

} // namespace scimmon
