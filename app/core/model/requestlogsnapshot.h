#pragma once

#include "model/requestrecord.h"

#include <QList>

namespace scimmon {

/// What the provisioning log view starts from, read in one read transaction so that its parts
/// agree: the newest entries matching a filter and the counts as of the same moment.
struct RequestLogSnapshot
{
    QList<RequestRecord> records; ///< the newest matching entries, oldest first
    qint64 total = -1; ///< entries in the log; -1 on failure
    qint64 matching = -1; ///< entries matching the filter; -1 on failure
    qint64 maxId = 0; ///< the newest entry's id (0: the log is empty)
};

} // namespace scimmon
