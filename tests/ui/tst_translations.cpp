// The window in German: the translators the application installs (ui/common/translations.h) turn
// the tabs, the table headers, the engine's vocabulary (Labels), the .ui forms and Qt's own
// buttons German, and without them everything is English again. Also the choice of language: the
// system's, or the one kept from View → Language, which applies from the next start.

#include "tokenuiharness.h"
#include "ui/common/labels.h"
#include "ui/common/messagebox.h"
#include "ui/common/translations.h"
#include "ui/log/requestlogmodel.h"
#include "ui/mainwindow.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonValue>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scimmon;

namespace {

/// The tab titles of `window`, in order.
QStringList tabTitles(const MainWindow &window)
{
    QStringList titles;
    for (int i = 0; i < window.tabs()->count(); ++i)
        titles.append(window.tabs()->tabText(i));
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translations::install(Translations::Language::English); }

    void germanWindow()
    {
        QCOMPARE(Translations::install(Translations::Language::German), Translations::Language::German);
        test::TokenUiHarness h;
        MainWindow window(h.settings, *h.receiver, *h.reader);
        QCOMPARE(tabTitles(window),
                 (QStringList{u"Übersicht"_s, u"Bereitstellungsprotokoll"_s, u"Zyklen"_s, u"Benutzer"_s, u"Gruppen"_s,
                              u"Überwachung"_s, u"Verbinden"_s, u"SCIM-Server prüfen"_s}));
        const QAbstractItemModel *log = window.requestLogModel();
        QCOMPARE(log->headerData(RequestLogModel::Time, Qt::Horizontal).toString(), u"Zeit"_s);
        QCOMPARE(log->headerData(RequestLogModel::Operation, Qt::Horizontal).toString(), u"Vorgang"_s);
        QCOMPARE(log->headerData(RequestLogModel::Target, Qt::Horizontal).toString(), u"Ziel"_s);
        QCOMPARE(Labels::operation(Operation::CreateUser), u"Benutzer erstellen"_s);
        QCOMPARE(Labels::operation(Operation::TestConnection), u"Verbindung testen"_s);
        QCOMPARE(Labels::idp(Idp::Other), u"Andere"_s);

        // Engine words the window shows: the audit trail's result and change text (stored in English),
        // resource types, the empty log's hint.
        QCOMPARE(Labels::auditResult(u"success"_s), u"erfolgreich"_s);
        QCOMPARE(Labels::auditResult(u"409 uniqueness: taken"_s), u"409 uniqueness: taken"_s);
        QCOMPARE(Labels::auditChanges({{u"expires"_s, QJsonValue(QJsonValue::Undefined), QJsonValue(u"never"_s)}}),
                 u"expires: (keiner) \u2192 nie"_s);
        QCOMPARE(Labels::auditChanges({{u"title"_s, QJsonValue(u"Buyer"_s), QJsonValue(3)}}),
                 u"title: \"Buyer\" \u2192 3"_s);
        QCOMPARE(Labels::targetType(u"User"_s), u"Benutzer"_s);
        QCOMPARE(Labels::resourceType(ResourceKind::Group), u"Gruppe"_s);
        QCOMPARE(Labels::receiverError(u"Cannot listen on 127.0.0.1:8080: The address is already in use"_s),
                 u"Auf 127.0.0.1:8080 kann nicht empfangen werden: The address is already in use"_s);
        QCOMPARE(Labels::receiverError(u"something else"_s), u"something else"_s);
        QVERIFY(window.findChild<QWidget *>(u"logTableEmptyHint"_s));
        QVERIFY(window.findChild<QLabel *>(u"logTableEmptyHintText"_s)->text().contains(u"Noch keine Anfragen."_s));

        // Plurals with German forms, numbers in the locale's manner.
        ProvisioningCycle c;
        c.started = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        c.ended = c.started.addSecs(192);
        c.membersAdded = 1;
        c.failures = 2;
        QVERIFY2(Labels::cycleSummary(c).contains(u"1 Mitgliedschaftsänderung, 2 Fehler"_s),
                 qPrintable(Labels::cycleSummary(c)));

        // A form (settingsdialog.ui) and Qt's own buttons.
        auto *settings = new SettingsDialog(h.settings, h.secrets, *h.receiver, *h.reader, &window);
        QCOMPARE(settings->windowTitle(), u"Einstellungen"_s);
        QCOMPARE(settings->findChild<QGroupBox *>(u"httpsGroup"_s)->title(),
                 u"&HTTPS bereitstellen (TLS 1.2 oder neuer)"_s);
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s)) {
            QCOMPARE(settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text().remove(u'&'),
                     u"Schließen"_s);
        }
        delete settings;
    }

    void englishWithoutTheGermanTranslation()
    {
        QCOMPARE(Translations::install(Translations::Language::English), Translations::Language::English);
        test::TokenUiHarness h;
        MainWindow window(h.settings, *h.receiver, *h.reader);
        QCOMPARE(tabTitles(window),
                 (QStringList{u"Overview"_s, u"Provisioning log"_s, u"Cycles"_s, u"Users"_s, u"Groups"_s, u"Audit"_s,
                              u"Connect"_s, u"Check a SCIM server"_s}));
        QCOMPARE(window.requestLogModel()->headerData(RequestLogModel::Time, Qt::Horizontal).toString(), u"Time"_s);
        QCOMPARE(Labels::operation(Operation::CreateUser), u"Create user"_s);
        SettingsDialog settings(h.settings, h.secrets, *h.receiver, *h.reader);
        QCOMPARE(settings.windowTitle(), u"Settings"_s);

        // No translator at all: the source texts.
        Translations::remove();
        QCOMPARE(Labels::operation(Operation::CreateUser), u"Create user"_s);
        QCOMPARE(MainWindow::tr("%Ln request(s)", nullptr, 2), u"2 request(s)"_s);
    }

    void languageFollowsTheSystem()
    {
        using L = Translations::Language;
        QCOMPARE(Translations::resolve(L::System, QLocale(u"de_DE"_s)), L::German);
        QCOMPARE(Translations::resolve(L::System, QLocale(u"de_AT"_s)), L::German);
        QCOMPARE(Translations::resolve(L::System, QLocale(u"en_GB"_s)), L::English);
        QCOMPARE(Translations::resolve(L::System, QLocale(u"fr_FR"_s)), L::English);
        QCOMPARE(Translations::resolve(L::English, QLocale(u"de_DE"_s)), L::English);
        QCOMPARE(Translations::resolve(L::German, QLocale(u"en_US"_s)), L::German);
    }

    void languageMenuAppliesFromTheNextStart()
    {
        test::TokenUiHarness h;
        QCOMPARE(Translations::saved(h.settings), Translations::Language::System);
        MainWindow window(h.settings, *h.receiver, *h.reader);
        auto *german = window.findChild<QAction *>(u"languageGerman"_s);
        QVERIFY(german);
        QVERIFY(window.findChild<QAction *>(u"languageSystem"_s)->isChecked());
        MessageBox::setNextAnswer(MessageBox::Button::Ok);
        german->trigger();
        QVERIFY(german->isChecked());
        QCOMPARE(Translations::saved(h.settings), Translations::Language::German);
        QVERIFY2(MessageBox::lastText().contains(u"next time scim-monitor starts"_s),
                 qPrintable(MessageBox::lastText()));
        // Nothing changed now: the window stays English until the next start.
        QCOMPARE(window.tabs()->tabText(0), u"Overview"_s);
        // The choice is kept in settings.ini, beside the other settings of the data directory.
        h.settings.sync();
        QCOMPARE(Translations::saved(AppSettings(h.dir.path())), Translations::Language::German);
        window.findChild<QAction *>(u"languageSystem"_s)->trigger();
        QCOMPARE(Translations::saved(h.settings), Translations::Language::System);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
