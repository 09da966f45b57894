#pragma once

#include "store/faultrulerepository.h"

namespace scimmon {

class SqlDatabase;

/// The FaultRuleRepository on SQL (tables fault_rules, one JSON definition per rule in order, and
/// fault_rule_revision, one row).
class SqlFaultRuleRepository final : public FaultRuleRepository
{
public:
    explicit SqlFaultRuleRepository(SqlDatabase &db);

    QList<FaultRule> all() override;
    qint64 revision() override;
    bool replace(const QList<FaultRule> &rules) override;

private:
    SqlDatabase &m_db;
};

} // namespace scimmon
