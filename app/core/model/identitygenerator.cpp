#include "model/identitygenerator.h"

#include <QRandomGenerator>
#include <QStringList>

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

constexpr int kServiceAccountEvery = 89;
constexpr int kNoMailboxEvery = 97;

} // namespace

QString IdentityGenerator::asciiFolded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.unicode() < 128)
            out += c.toLower();
    return out;
}

Identity IdentityGenerator::user(quint32 seed, int index, const QString &domain)
{
    QRandomGenerator rng(seed + quint32(index) * 2654435761u);
    Identity id;
    const QString given = kGiven.at(int(rng.bounded(quint32(kGiven.size()))));
    const QString family = kFamily.at(int(rng.bounded(quint32(kFamily.size()))));
    id.title = kTitles.at(int(rng.bounded(quint32(kTitles.size()))));
    id.department = kDepartments.at(int(rng.bounded(quint32(kDepartments.size()))));
    id.serviceAccount = index % kServiceAccountEvery == kServiceAccountEvery - 1;
    id.employeeNumber = QString::number(100000 + index);
    if (id.serviceAccount) {
        // A directory holds no first or last name for a service account.
        id.userName = u"svc-%1-%2@%3"_s.arg(id.department.toLower()).arg(index).arg(domain);
        id.displayName = u"%1 service account %2"_s.arg(id.department).arg(index);
    } else {
        id.givenName = given;
        id.familyName = family;
        id.userName = u"%1.%2.%3@%4"_s.arg(asciiFolded(given), asciiFolded(family)).arg(index).arg(domain);
        id.displayName = given + u' ' + family;
    }
    if (index % kNoMailboxEvery != kNoMailboxEvery - 1)
        id.mail = id.userName;
    return id;
}

QString IdentityGenerator::groupName(int index)
{
    return u"%1 %2 %3"_s
        .arg(kDepartments.at(index % kDepartments.size()), kTeams.at((index / kDepartments.size()) % kTeams.size()))
        .arg(index / (kDepartments.size() * kTeams.size()) + 1);
}

} // namespace scimmon
