#include "service/idpdetector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr qsizetype kMaxLearned = 1000; ///< token/agent pairs remembered (bounded against abuse)

} // namespace

std::optional<Idp> IdpDetector::fromUserAgent(const QByteArray &userAgent)
{
    const QByteArray ua = userAgent.toLower();
    if (ua.contains("okta"))
        return Idp::Okta;
    if (ua.contains("microsoft") || ua.contains("azure") || ua.contains("entra") || ua.contains("aad"))
        return Idp::Entra;
    return std::nullopt;
}

std::optional<Idp> IdpDetector::fromDialect(const RequestRecord &record, const HttpRequest &request)
{
    if (std::any_of(record.quirks.begin(), record.quirks.end(), [](const Quirk &q) { return q.isEntraDialect(); }))
        return Idp::Entra;
    if (request.rawQuery.contains("aadOptscim062020") || request.body.contains("ResourceManagement/ADSCIM"))
        return Idp::Entra;
    if (record.operation == Operation::TestConnection)
        return Idp::Entra; // the random-GUID lookup; Okta's connector test is recognised after the IdP
    return std::nullopt;
}

Idp IdpDetector::detect(const RequestRecord &record, const HttpRequest &request)
{
    const QByteArray agent = request.header("user-agent");
    std::optional<Idp> idp = fromUserAgent(agent);
    if (!idp)
        idp = fromDialect(record, request);
    const QString key = record.tokenLabel + u'\n' + QString::fromLatin1(agent);
    if (idp) {
        if (m_learned.size() >= kMaxLearned && !m_learned.contains(key))
            m_learned.clear();
        m_learned.insert(key, *idp);
        return *idp;
    }
    return m_learned.value(key, Idp::Other);
}

} // namespace scimmon
