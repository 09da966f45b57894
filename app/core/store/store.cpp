#include "store/store.h"

namespace scimmon {

Store::Store(Parts parts)
    : m_parts(std::move(parts))
{
}

Store::~Store()
{
    // The repositories hold statements on the database's connection: they go first.
    m_parts.oauthClients.reset();
    m_parts.faultRules.reset();
    m_parts.audit.reset();
    m_parts.requestLog.reset();
    m_parts.tokens.reset();
    m_parts.browse.reset();
    m_parts.resources.reset();
    m_parts.database.reset();
}

} // namespace scimmon
