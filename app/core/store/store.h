#pragma once

#include "store/auditrepository.h"
#include "store/browserepository.h"
#include "store/database.h"
#include "store/faultrulerepository.h"
#include "store/oauthclientrepository.h"
#include "store/requestlogrepository.h"
#include "store/resourcerepository.h"
#include "store/tokenrepository.h"

#include <memory>

namespace scimmon {

/// One open store: a database connection and the repositories over it (resources and
/// memberships, browsing, tokens, request log, audit, fault rules, OAuth clients), all sharing its transactions. Opened
/// by StoreFactory; used only on the thread that opened it. A change that spans repositories (a write and its audit
/// events and its request-log row) is made atomic by database().begin() and commit().
class Store
{
public:
    struct Parts
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<ResourceRepository> resources;
        std::unique_ptr<BrowseRepository> browse;
        std::unique_ptr<TokenRepository> tokens;
        std::unique_ptr<RequestLogRepository> requestLog;
        std::unique_ptr<AuditRepository> audit;
        std::unique_ptr<FaultRuleRepository> faultRules;
        std::unique_ptr<OAuthClientRepository> oauthClients;
    };
    explicit Store(Parts parts);
    ~Store();

    Database &database() { return *m_parts.database; }
    ResourceRepository &resources() { return *m_parts.resources; }
    BrowseRepository &browse() { return *m_parts.browse; }
    TokenRepository &tokens() { return *m_parts.tokens; }
    RequestLogRepository &requestLog() { return *m_parts.requestLog; }
    AuditRepository &audit() { return *m_parts.audit; }
    FaultRuleRepository &faultRules() { return *m_parts.faultRules; }
    OAuthClientRepository &oauthClients() { return *m_parts.oauthClients; }

    /// Shortcuts to database(): the backend, where the data lives, and the last failure.
    QString backend() const { return m_parts.database->backend(); }
    QString location() const { return m_parts.database->location(); }
    StoreError lastError() const { return m_parts.database->lastError(); }
    /// Shortcuts to database()'s transactions (see Database::begin()).
    bool begin(Database::Mode mode = Database::Mode::Write) { return m_parts.database->begin(mode); }
    bool commit() { return m_parts.database->commit(); }
    void rollback() { m_parts.database->rollback(); }

private:
    Parts m_parts; ///< the repositories go before the database (declaration order of Parts)
};

} // namespace scimmon
