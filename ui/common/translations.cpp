#include "ui/common/translations.h"

#include "platform/appsettings.h"

#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace scimmon {

namespace {

/// The translators install() put in place, to replace or remove them.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

/// Loads `file` from `directory` and installs it; false (and nothing installed) when it is missing.
bool installFile(const QString &file, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(file, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}

/// The language choice is kept beside the other settings of the data directory, in settings.ini.
QSettings settingsFile(const AppSettings &settings)
{
    return QSettings(QDir(settings.dataDir()).absoluteFilePath(u"settings.ini"_s), QSettings::IniFormat);
}

constexpr QLatin1StringView kLanguageKey("ui/language");

} // namespace

Translations::Language Translations::resolve(Language language, const QLocale &system)
{
    if (language != Language::System)
        return language;
    for (const QString &ui : system.uiLanguages()) {
        const QLocale locale(ui);
        if (locale.language() == QLocale::German)
            return Language::German;
        if (locale.language() == QLocale::English)
            return Language::English;
    }
    return Language::English;
}

Translations::Language Translations::install(Language language)
{
    remove();
    const Language shown = resolve(language, QLocale::system());
    installFile(u"scim-monitor_en"_s, u":/i18n"_s);
    if (shown == Language::German) {
        installFile(u"qtbase_de"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        installFile(u"scim-monitor_de"_s, u":/i18n"_s);
    }
    return shown;
}

void Translations::remove()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (!translator)
            continue;
        QCoreApplication::removeTranslator(translator);
        delete translator.data();
    }
    installed().clear();
}

Translations::Language Translations::saved(const AppSettings &settings)
{
    const QString key = settingsFile(settings).value(kLanguageKey).toString();
    if (key == "en"_L1)
        return Language::English;
    if (key == "de"_L1)
        return Language::German;
    return Language::System;
}

void Translations::save(AppSettings &settings, Language language)
{
    QSettings file = settingsFile(settings);
    switch (language) {
    case Language::System:
        file.remove(kLanguageKey);
        break;
    case Language::English:
        file.setValue(kLanguageKey, u"en"_s);
        break;
    case Language::German:
        file.setValue(kLanguageKey, u"de"_s);
        break;
    }
    file.sync();
}

QString Translations::displayName(Language language)
{
    switch (language) {
    case Language::English:
        return u"English"_s;
    case Language::German:
        return u"Deutsch"_s;
    case Language::System:
        break;
    }
    return tr("System default");
}

} // namespace scimmon
