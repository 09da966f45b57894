#include "service/seeder.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

const QStringList kGiven
    = {u"Ada"_s,   u"Ben"_s,    u"Chloé"_s, u"Dario"_s,  u"Elif"_s, u"Farah"_s,  u"Goran"_s, u"Hana"_s,    u"Ivan"_s,
       u"Jonas"_s, u"Keiko"_s,  u"Liam"_s,  u"Maya"_s,   u"Nils"_s, u"Olga"_s,   u"Priya"_s, u"Quentin"_s, u"Rosa"_s,
       u"Sami"_s,  u"Tereza"_s, u"Uma"_s,   u"Viktor"_s, u"Wen"_s,  u"Xavier"_s, u"Yara"_s,  u"Zoltán"_s};
const QStringList kFamily = {u"Berg"_s,     u"Fischer"_s,   u"García"_s,  u"Haddad"_s, u"Jensen"_s, u"Kaya"_s,
                             u"Kowalski"_s, u"Lindqvist"_s, u"Moreau"_s,  u"Nguyen"_s, u"Novak"_s,  u"Okafor"_s,
                             u"Petrov"_s,   u"Rossi"_s,     u"Schmidt"_s, u"Silva"_s,  u"Tanaka"_s, u"Walsh"_s};
const QStringList kDepartments = {u"Finance"_s, u"Sales"_s,     u"Engineering"_s, u"Support"_s,
                                  u"Legal"_s,   u"Marketing"_s, u"Operations"_s,  u"People"_s};
const QStringList kTitles = {u"Analyst"_s, u"Engineer"_s, u"Manager"_s, u"Specialist"_s, u"Director"_s, u"Associate"_s};
const QStringList kTeams = {u"Platform"_s,   u"Payments"_s, u"EMEA"_s, u"APAC"_s,   u"Americas"_s,
                            u"Onboarding"_s, u"Security"_s, u"Data"_s, u"Mobile"_s, u"Web"_s};

const QUuid kNamespace(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s); ///< RFC 4122's URL namespace
/// One user in this many is a service account (no name.givenName or name.familyName), and one in
/// this many has no mailbox (no work email): gaps real tenants have, which mapping health shows.
constexpr int kServiceAccountEvery = 89;
constexpr int kNoMailboxEvery = 97;

QString ascii(const QString &s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128)
            out += c.toLower();
    return out;
}

} // namespace

Seeder::Seeder(ResourceService &service)
    : m_service(service)
{
}

QJsonObject Seeder::userBody(quint32 seed, int i)
{
    QRandomGenerator rng(seed + quint32(i) * 2654435761u);
    const QString given = kGiven.at(int(rng.bounded(quint32(kGiven.size()))));
    const QString family = kFamily.at(int(rng.bounded(quint32(kFamily.size()))));
    const QString title = kTitles.at(int(rng.bounded(quint32(kTitles.size()))));
    const QString department = kDepartments.at(int(rng.bounded(quint32(kDepartments.size()))));
    const bool serviceAccount = i % kServiceAccountEvery == kServiceAccountEvery - 1;
    const QString userName = serviceAccount ? u"svc-%1-%2@contoso.example"_s.arg(department.toLower()).arg(i)
                                            : u"%1.%2.%3@contoso.example"_s.arg(ascii(given), ascii(family)).arg(i);
    QJsonObject body{
        {u"schemas"_s,
         QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s,
                    u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s}},
        {u"userName"_s, userName},
        {u"externalId"_s, QUuid::createUuidV5(kNamespace, userName).toString(QUuid::WithoutBraces)},
        {u"active"_s, i % 10 != 9},
        {u"displayName"_s, QString(given + u' ' + family)},
        {u"name"_s,
         QJsonObject{
             {u"givenName"_s, given}, {u"familyName"_s, family}, {u"formatted"_s, QString(given + u' ' + family)}}},
        {u"emails"_s, QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, userName}, {u"primary"_s, true}}}},
        {u"title"_s, title},
        {u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"_s,
         QJsonObject{{u"department"_s, department}, {u"employeeNumber"_s, QString::number(100000 + i)}}},
    };
    if (serviceAccount) {
        // Entra holds no first or last name for a service account, so its mapping sends none.
        body.remove(u"name"_s);
        body.insert(u"displayName"_s, u"%1 service account %2"_s.arg(department).arg(i));
    }
    if (i % kNoMailboxEvery == kNoMailboxEvery - 1)
        body.remove(u"emails"_s); // no mailbox: Entra's `mail` is empty, so no work email is sent
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
        const QString name
            = u"%1 %2 %3"_s
                  .arg(kDepartments.at(g % kDepartments.size()), kTeams.at((g / kDepartments.size()) % kTeams.size()))
                  .arg(g / (kDepartments.size() * kTeams.size()) + 1);
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
