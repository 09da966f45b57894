#include "service/idpdetector.h"

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

constexpr qsizetype kMaxLearned = 1000; ///< token/agent pairs remembered (bounded against abuse)

} // namespace

QString IdpDetector::fromUserAgent(const QByteArray &userAgent)
{
    const QByteArray ua = userAgent.toLower();
    if (ua.contains("okta"))
        return kOkta;
    if (ua.contains("microsoft") || ua.contains("azure") || ua.contains("entra") || ua.contains("aad"))
        return kEntra;
    return {};
}

QString IdpDetector::fromDialect(const RequestRecord &record, const HttpRequest &request)
{
    for (const QString &note : record.notes) {
        if (note.startsWith("op \""_L1) && note.contains("capitalised"_L1))
            return kEntra;
        if (note.contains("sent as string"_L1) || note.startsWith("value-array member removal"_L1)
            || note.startsWith("path-less operation with dotted"_L1))
            return kEntra;
    }
    if (request.rawQuery.contains("aadOptscim062020") || request.body.contains("ResourceManagement/ADSCIM"))
        return kEntra;
    if (record.operation == "Test Connection"_L1)
        return kEntra; // the random-GUID lookup; Okta's connector test is recognised after the IdP
    return {};
}

QString IdpDetector::detect(const RequestRecord &record, const HttpRequest &request)
{
    const QByteArray agent = request.header("user-agent");
    QString idp = fromUserAgent(agent);
    if (idp.isEmpty())
        idp = fromDialect(record, request);
    const QString key = record.tokenLabel + u'\n' + QString::fromLatin1(agent);
    if (!idp.isEmpty()) {
        if (m_learned.size() >= kMaxLearned && !m_learned.contains(key))
            m_learned.clear();
        m_learned.insert(key, idp);
        return idp;
    }
    return m_learned.value(key, kOther);
}

} // namespace scimmon
