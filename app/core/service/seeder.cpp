#include "service/seeder.h"

#include "model/identitygenerator.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const QUuid kNamespace(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s); ///< RFC 4122's URL namespace

} // namespace

Seeder::Seeder(ResourceService &service)
    : m_service(service)
{
}

QJsonObject Seeder::userBody(quint32 seed, int i)
{
    const Identity id = IdentityGenerator::user(seed, i);
    QJsonObject body{
        {u"schemas"_s,
         QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s,
                    u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s}},
        {u"userName"_s, id.userName},
        {u"externalId"_s, QUuid::createUuidV5(kNamespace, id.userName).toString(QUuid::WithoutBraces)},
        {u"active"_s, i % 10 != 9},
        {u"displayName"_s, id.displayName},
        {u"title"_s, id.title},
        {u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s,
         QJsonObject{{u"department"_s, id.department}, {u"employeeNumber"_s, id.employeeNumber}}},
    };
    // A service account has no first or last name, so the mapping sends no `name`; an account
    // without a mailbox has no `mail`, so no work email is sent.
    if (!id.serviceAccount)
        body.insert(u"name"_s,
                    QJsonObject{{u"givenName"_s, id.givenName},
                                {u"familyName"_s, id.familyName},
                                {u"formatted"_s, id.displayName}});
    if (!id.mail.isEmpty())
        body.insert(u"emails"_s,
                    QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, id.mail}, {u"primary"_s, true}}});
    return body;
}

bool Seeder::run(const SeedOptions &options, const Progress &progress, QString *error)
{
    m_userIds.clear();
    const qint64 total = qint64(options.users) + options.groups;
    qint64 done = 0;
    for (int i = 0; i < options.users; ++i) {
        const ScimOutcome o = m_service.create(ResourceKind::User, userBody(options.seed, i));
        if (o.status == 201)
            m_userIds.append(o.resourceId);
        else if (o.status != 409) {
            *error = o.body.value("detail"_L1).toString();
            return false;
        }
        if (progress)
            progress(++done, total);
    }
    QRandomGenerator rng(options.seed);
    for (int g = 0; g < options.groups; ++g) {
        const QString name = IdentityGenerator::groupName(g);
        QJsonArray members;
        const int count = std::min<int>(options.membersPerGroup, int(m_userIds.size()));
        const qsizetype start = m_userIds.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(m_userIds.size())));
        for (int m = 0; m < count; ++m)
            members.append(QJsonObject{{u"value"_s, m_userIds.at((start + m) % m_userIds.size())}});
        const ScimOutcome o = m_service.create(
            ResourceKind::Group,
            QJsonObject{{u"displayName"_s, name},
                        {u"externalId"_s, QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces)},
                        {u"members"_s, members}});
        if (o.status != 201 && o.status != 409) {
            *error = o.body.value("detail"_L1).toString();
            return false;
        }
        if (progress)
            progress(++done, total);
    }
    return true;
}

} // namespace scimmon
