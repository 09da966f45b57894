#include "conformance/conformancecontext.h"

using namespace Qt::StringLiterals;

namespace scimmon {

ConformanceCapabilities ConformanceCapabilities::fromJson(const QJsonObject &spc)
{
    ConformanceCapabilities c;
    c.known = true;
    c.document = spc;
    auto supported = [&](const char *feature) {
        return spc.value(QLatin1StringView(feature)).toObject().value("supported"_L1).toBool(false);
    };
    c.patch = supported("patch");
    c.bulk = supported("bulk");
    c.filter = supported("filter");
    c.sort = supported("sort");
    c.etag = supported("etag");
    return c;
}

ConformanceContext::ConformanceContext(const QString &prefix, const ConformanceCapabilities &capabilities)
    : m_prefix(prefix)
    , m_capabilities(capabilities)
{
}

QString ConformanceContext::name(const QString &suffix) const
{
    return m_prefix + suffix;
}

QString ConformanceContext::userName(const QString &suffix) const
{
    return m_prefix + suffix + u"@example.com"_s;
}

void ConformanceContext::created(const QString &path)
{
    if (!m_created.contains(path))
        m_created.append(path);
}

void ConformanceContext::deleted(const QString &path)
{
    m_created.removeAll(path);
}

QStringList ConformanceContext::leftovers() const
{
    QStringList out;
    // Groups first, so that no membership points to a deleted user; newest first within each.
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        if (it->startsWith("/Groups/"_L1))
            out.append(*it);
    for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
        if (!it->startsWith("/Groups/"_L1))
            out.append(*it);
    return out;
}

} // namespace scimmon
