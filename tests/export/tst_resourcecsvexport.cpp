// The Users and Groups tables as CSV: columns, the table's search, filter and order, formula
// neutralisation, several store pages, and an atomic file (a failed export leaves nothing).

#include "export/resourcecsvexport.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// A browse query with the given search, filter and order (offset 0, the default limit).
BrowseQuery browse(const QString &search = {}, bool warningsOnly = false, BrowseSort sort = BrowseSort::Name,
                   bool descending = false)
{
    BrowseQuery q;
    q.search = search;
    q.warningsOnly = warningsOnly;
    q.sort = sort;
    q.descending = descending;
    return q;
}

const QString kBase = u"http://127.0.0.1:8080/scim/v2"_s;

QStringList lines(const QByteArray &csv)
{
    QStringList out = QString::fromUtf8(csv).split(u"\r\n"_s);
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TestResourceCsvExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ResourceService> m_service;

    QString createUser(const QString &userName, const QString &displayName, bool withEmail = true)
    {
        QJsonObject body{{u"userName"_s, userName},
                         {u"displayName"_s, displayName},
                         {u"active"_s, true},
                         {u"externalId"_s, QString(u"ext-"_s + userName)},
                         {u"name"_s, QJsonObject{{u"givenName"_s, u"Given"_s}, {u"familyName"_s, u"Family"_s}}}};
        if (withEmail)
            body.insert(u"emails"_s, QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, userName}}});
        const ScimOutcome o = m_service->create(ResourceKind::User, body);
        if (o.status != 201)
            qFatal("create failed: %d", o.status);
        return o.resourceId;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::TempStore>();
        m_service = std::make_unique<ResourceService>(**m_store, kBase);
    }

    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    void usersInTheTablesOrder()
    {
        const QString bob = createUser(u"bob@contoso.example"_s, u"=HYPERLINK(\"x\")"_s);
        const QString ada = createUser(u"ada@contoso.example"_s, u"Ada, \"the\" first"_s, false);
        QCOMPARE(m_service
                     ->create(ResourceKind::Group,
                              QJsonObject{{u"displayName"_s, u"Sales"_s},
                                          {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, bob}}}}})
                     .status,
                 201);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(ResourceCsvExport::write(**m_store, ResourceKind::User, BrowseQuery{}, &buffer, &error), 2);
        const QStringList rows = lines(buffer.data());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0),
                 u"id,userName,displayName,name.givenName,name.familyName,\"emails[type eq \"\"work\"\"].value\","
                 "externalId,active,groups,meta.lastModified,mappingWarnings"_s);
        // userName order: ada first; her quoted display name, her missing work email as a warning.
        QVERIFY2(rows.at(1).startsWith(ada + u",ada@contoso.example,\"Ada, \"\"the\"\" first\",Given,Family,,"_s),
                 qPrintable(rows.at(1)));
        QVERIFY(rows.at(1).contains(u",true,0,"_s));
        QVERIFY(rows.at(1).endsWith(u"Z,\"emails[type eq \"\"work\"\"].value\""_s));
        // A formula is neutralised; the group count stays a number.
        QVERIFY2(rows.at(2).startsWith(bob + u",bob@contoso.example,\"'=HYPERLINK(\"\"x\"\")\",Given,Family,"_s),
                 qPrintable(rows.at(2)));
        QVERIFY(rows.at(2).contains(u",true,1,"_s));
        QVERIFY(rows.at(2).endsWith(u"Z,"_s)); // ISO 8601 UTC time, no warnings

        // The search and the order of the table.
        buffer.close();
        buffer.setData({});
        buffer.open(QIODevice::WriteOnly);
        BrowseQuery q;
        q.search = u"BOB"_s;
        QCOMPARE(ResourceCsvExport::write(**m_store, ResourceKind::User, q, &buffer, &error), 1);
        QCOMPARE(lines(buffer.data()).size(), 2);
        buffer.close();
        buffer.setData({});
        buffer.open(QIODevice::WriteOnly);
        q = browse({}, false, BrowseSort::Name, true);
        QCOMPARE(ResourceCsvExport::write(**m_store, ResourceKind::User, q, &buffer, &error), 2);
        QVERIFY(lines(buffer.data()).at(1).startsWith(bob));
    }

    void groupsAndManyPages()
    {
        const int users = int(ResourceCsvExport::kPageSize) + 150;
        QVERIFY((*m_store)->begin());
        for (int i = 0; i < users; ++i) {
            Resource r;
            r.id = u"u%1"_s.arg(i, 5, 10, QChar(u'0'));
            r.data = QJsonObject{{u"userName"_s, u"user%1@contoso.example"_s.arg(i, 5, 10, QChar(u'0'))}};
            r.created = r.lastModified = QDateTime::currentDateTimeUtc();
            QVERIFY((*m_store)->resources().insert(ResourceKind::User, r));
        }
        QVERIFY((*m_store)->commit());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QCOMPARE(ResourceCsvExport::write(**m_store, ResourceKind::User, browse({}, true), &buffer, &error), users);
        const QStringList rows = lines(buffer.data());
        QCOMPARE(rows.size(), users + 1);
        QVERIFY(rows.at(1).startsWith(u"u00000,"_s));
        QVERIFY(rows.last().startsWith(u"u%1,"_s.arg(users - 1, 5, 10, QChar(u'0'))));

        QCOMPARE(m_service->create(ResourceKind::Group, QJsonObject{{u"displayName"_s, u"Empty"_s}}).status, 201);
        buffer.close();
        buffer.setData({});
        buffer.open(QIODevice::WriteOnly);
        QCOMPARE(ResourceCsvExport::write(**m_store, ResourceKind::Group, BrowseQuery{}, &buffer, &error), 1);
        const QStringList groups = lines(buffer.data());
        QCOMPARE(groups.at(0), u"id,displayName,externalId,members,meta.lastModified,mappingWarnings"_s);
        QVERIFY2(groups.at(1).contains(u",Empty,,0,"_s), qPrintable(groups.at(1)));
        QVERIFY(groups.at(1).endsWith(u",externalId; members"_s));
    }

    void fileIsWrittenAtomically()
    {
        createUser(u"ada@contoso.example"_s, u"Ada"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"users.csv"_s);
        QString error;
        QCOMPARE(ResourceCsvExport::writeFile(**m_store, ResourceKind::User, BrowseQuery{}, path, &error), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(lines(file.readAll()).size(), 2);

        const QString nowhere = dir.filePath(u"missing/folder/users.csv"_s);
        QCOMPARE(ResourceCsvExport::writeFile(**m_store, ResourceKind::User, BrowseQuery{}, nowhere, &error), -1);
        QVERIFY(error.contains(nowhere));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestResourceCsvExport)
#include "tst_resourcecsvexport.moc"
