#include "store/sql/sqlstore.h"

#include "store/sql/sqlauditrepository.h"
#include "store/sql/sqlbrowserepository.h"
#include "store/sql/sqldatabase.h"
#include "store/sql/sqlfaultrulerepository.h"
#include "store/sql/sqloauthclientrepository.h"
#include "store/sql/sqlrequestlogrepository.h"
#include "store/sql/sqlresourcerepository.h"
#include "store/sql/sqltokenrepository.h"

using namespace Qt::StringLiterals;

namespace scimmon {

std::unique_ptr<Store> SqlStore::make(std::unique_ptr<SqlDatabase> db, QString *error)
{
    SqlDatabase &sql = *db;
    auto resources = std::make_unique<SqlResourceRepository>(sql);
    if (!resources->deriveMissingBrowseColumns()) {
        if (error)
            *error = u"Cannot open the database %1: %2"_s.arg(sql.location(), sql.lastError().message);
        return nullptr;
    }
    Store::Parts parts;
    parts.resources = std::move(resources);
    parts.browse = std::make_unique<SqlBrowseRepository>(sql);
    parts.tokens = std::make_unique<SqlTokenRepository>(sql);
    parts.requestLog = std::make_unique<SqlRequestLogRepository>(sql);
    parts.audit = std::make_unique<SqlAuditRepository>(sql);
    parts.faultRules = std::make_unique<SqlFaultRuleRepository>(sql);
    parts.oauthClients = std::make_unique<SqlOAuthClientRepository>(sql);
    parts.database = std::move(db);
    return std::make_unique<Store>(std::move(parts));
}

} // namespace scimmon
