#pragma once
// TEMPORARY STUB (replaced by the real verifier on merge)
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
namespace scimmon {
struct AssertionPolicy
{
    QString issuer;
    QStringList audiences;
    QString subject;
    int clockSkewSeconds = 120;
    int maxLifetimeSeconds = 86400;
};
struct AssertionCheck
{
    enum class Failure { None, Malformed };
    Failure failure = Failure::Malformed;
    QString reason;
    QJsonObject claims;
    bool ok() const { return failure == Failure::None; }
};
class AssertionVerifier
{
public:
    static AssertionCheck verify(const QByteArray &, const QByteArray &, const AssertionPolicy &, const QDateTime &)
    {
        return {AssertionCheck::Failure::Malformed, QStringLiteral("stub"), {}};
    }
};
} // namespace scimmon
