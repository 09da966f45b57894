#include "store/sql/sqlfaultrulerepository.h"

#include "platform/logging.h"
#include "store/sql/sqldatabase.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace scimmon {

SqlFaultRuleRepository::SqlFaultRuleRepository(SqlDatabase &db)
    : m_db(db)
{
}

QList<FaultRule> SqlFaultRuleRepository::all()
{
    QList<FaultRule> out;
    SqlCursor c = m_db.run(u"SELECT name, definition FROM fault_rules ORDER BY position"_s);
    while (c.next()) {
        QString why;
        const auto rule
            = FaultRule::fromJson(QJsonDocument::fromJson(c.value("definition"_L1).toString().toUtf8()).object(), &why);
        if (rule)
            out.append(*rule);
        else // written by a newer version, or by hand: skipped, never half-read
            qCWarning(lcStore).noquote() << "fault rule" << c.value("name"_L1).toString() << "is skipped:" << why;
    }
    return out;
}

qint64 SqlFaultRuleRepository::revision()
{
    SqlCursor c = m_db.run(u"SELECT revision FROM fault_rule_revision"_s);
    if (!c)
        return -1;
    return c.next() ? c.value("revision"_L1).toLongLong() : 0;
}

bool SqlFaultRuleRepository::replace(const QList<FaultRule> &rules)
{
    if (!m_db.begin())
        return false;
    bool ok = bool(m_db.run(u"DELETE FROM fault_rules"_s));
    for (qsizetype i = 0; ok && i < rules.size(); ++i)
        ok = bool(m_db.run(u"INSERT INTO fault_rules (position, name, definition) VALUES (?, ?, ?)"_s,
                           {qint64(i), rules[i].name,
                            QString::fromUtf8(QJsonDocument(rules[i].toJson()).toJson(QJsonDocument::Compact))}));
    ok = ok && bool(m_db.run(u"UPDATE fault_rule_revision SET revision = revision + 1"_s));
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

} // namespace scimmon
